import {
  Entity,
  RELATION_MEMBER_OF,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { DemoUser, DemoUserGroup } from './types';

/** Upper bound on the users listed; the demo catalog has a few dozen. */
const MAX_USERS = 500;

type UserProfile = { displayName?: string; email?: string };

/**
 * Lists the catalog's users with their role (description) and direct groups,
 * for the demo sign-in page's picker.
 */
export async function listDemoUsers(options: {
  catalog: CatalogService;
  auth: AuthService;
}): Promise<DemoUser[]> {
  const { catalog, auth } = options;
  const credentials = await auth.getOwnServiceCredentials();

  const [users, groups] = await Promise.all([
    catalog.getEntities(
      {
        filter: { kind: 'User' },
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.title',
          'metadata.description',
          'spec.profile',
          'relations',
        ],
        order: { field: 'metadata.name', order: 'asc' },
        limit: MAX_USERS,
      },
      { credentials },
    ),
    catalog.getEntities(
      {
        filter: { kind: 'Group' },
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.title',
          'spec.profile',
        ],
        limit: MAX_USERS,
      },
      { credentials },
    ),
  ]);

  const groupTitles = new Map<string, string | undefined>(
    groups.items.map(group => [
      stringifyEntityRef(group),
      group.metadata.title ?? profileOf(group).displayName,
    ]),
  );

  return users.items.map(user => {
    const profile = profileOf(user);
    const memberOf: DemoUserGroup[] = (user.relations ?? [])
      .filter(relation => relation.type === RELATION_MEMBER_OF)
      .map(relation => ({
        entityRef: relation.targetRef,
        name: parseEntityRef(relation.targetRef).name,
        title: groupTitles.get(relation.targetRef),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return {
      name: user.metadata.name,
      entityRef: stringifyEntityRef({
        kind: 'User',
        namespace: user.metadata.namespace,
        name: user.metadata.name,
      }),
      displayName:
        profile.displayName ?? user.metadata.title ?? user.metadata.name,
      description: user.metadata.description,
      email: profile.email,
      groups: memberOf,
    };
  });
}

function profileOf(entity: Entity): UserProfile {
  const profile = entity.spec?.profile;
  return profile && typeof profile === 'object' ? (profile as UserProfile) : {};
}
