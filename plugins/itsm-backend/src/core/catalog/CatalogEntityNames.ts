import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { entityRefName } from '@backstage-itsm/plugin-itsm-common';

/** How texts the plugin writes (notifications) name entities. */
export interface EntityNames {
  /**
   * The names of the given (normalised) entity refs: a user's display
   * name, another entity's title, else the name part of its ref. Never
   * rejects: without the catalog, every name is the name part.
   */
  namesOf(entityRefs: string[]): Promise<Map<string, string>>;
}

function nameOf(entity: Entity): string | undefined {
  const profile = entity.spec?.profile as { displayName?: unknown } | undefined;
  const displayName = profile?.displayName;
  if (typeof displayName === 'string' && displayName.trim()) return displayName;
  return entity.metadata.title?.trim() || undefined;
}

/**
 * Names entities from the catalog in one read of the refs asked, as the
 * plugin itself (a notification is sent after the request that caused it).
 */
export class CatalogEntityNames implements EntityNames {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
    },
  ) {}

  async namesOf(entityRefs: string[]): Promise<Map<string, string>> {
    const refs = [...new Set(entityRefs)];
    const names = new Map(refs.map(ref => [ref, entityRefName(ref)]));
    if (refs.length === 0) return names;
    try {
      const { items } = await this.deps.catalog.getEntitiesByRefs(
        {
          entityRefs: refs,
          fields: [
            'kind',
            'metadata.name',
            'metadata.namespace',
            'metadata.title',
            'spec.profile.displayName',
          ],
        },
        { credentials: await this.deps.auth.getOwnServiceCredentials() },
      );
      items.forEach((entity, i) => {
        const name = entity && nameOf(entity);
        if (name) names.set(refs[i], name);
      });
    } catch (error) {
      this.deps.logger.warn(
        `Could not read the names of ${refs.join(
          ', ',
        )} from the catalog; naming them by their refs' names: ${error}`,
      );
    }
    return names;
  }
}
