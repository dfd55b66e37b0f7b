import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  SLA_ANNOTATION,
  SUPPORT_GROUP_ANNOTATION,
  VERSION_SCHEME_ANNOTATION,
} from '@backstage-itsm/plugin-itsm-common';
import { EntityOwner } from '../database/RecordStore';
import { normalizeEntityRef } from '../domain/normalizeEntityRef';

/** The annotation by which a group names its lead, e.g. `user:default/paula.lead`. */
export const LEAD_ANNOTATION = 'itsm/lead';

/** How far up the group hierarchy a lead is looked for. */
const MAX_LEAD_DEPTH = 8;

/** What a record needs to know of the entities it affects. */
export type ResolvedEntities = {
  /** Normalised, without duplicates, in the order given. */
  entityRefs: string[];
  owners: EntityOwner[];
  /** Support groups named by the entities' annotation. */
  supportGroups: { entityRef: string; groupRef: string }[];
  /** How entities number their releases, by the `itsm/version-scheme` annotation. */
  versionSchemes?: Record<string, string>;
  /**
   * What picks each entity's service level agreement: its `itsm/sla`
   * annotation and the system it is part of.
   */
  slaSubjects?: Record<string, { annotation?: string; systemRef?: string }>;
};

/** Fields of a record that name a user or a group. */
export type PersonField = 'reportedBy' | 'assignee' | 'assignmentGroup';

const kindOf: Record<PersonField, 'user' | 'group'> = {
  reportedBy: 'user',
  assignee: 'user',
  assignmentGroup: 'group',
};

/** Resolves the catalog entities a record names. */
export interface EntityLookup {
  /**
   * Normalises entity refs (`component:payments` → `component:default/payments`)
   * and checks that each exists in the catalog; a 400 naming the first one
   * that does not. Returns the normalised refs, their owners and support
   * groups.
   */
  resolve(
    entityRefs: string[],
    options: { field: string; credentials: BackstageCredentials },
  ): Promise<ResolvedEntities>;

  /**
   * Normalises the people a record names and checks that each is in the
   * catalog and of the right kind (groups for `assignmentGroup`, users for
   * the rest); a 400 naming the field otherwise.
   */
  resolvePeople(
    people: Partial<Record<PersonField, string>>,
    options: { credentials: BackstageCredentials },
  ): Promise<Partial<Record<PersonField, string>>>;

  /**
   * The current owners of the given (normalised) entity refs; entities that
   * are no longer in the catalog, or have no owner, are left out.
   */
  owners(
    entityRefs: string[],
    options: { credentials: BackstageCredentials },
  ): Promise<EntityOwner[]>;

  /**
   * What picks the service level agreement of each of the given
   * (normalised) entity refs: its `itsm/sla` annotation and its system;
   * entities no longer in the catalog are left out.
   */
  slaSubjects(
    entityRefs: string[],
    options: { credentials: BackstageCredentials },
  ): Promise<NonNullable<ResolvedEntities['slaSubjects']>>;

  /**
   * The lead of a group (§3.3.2): the user its `itsm/lead` annotation names,
   * else the lead of its parent group, and so on up; undefined when no
   * group up the hierarchy names one.
   */
  groupLead(
    groupRef: string,
    options: { credentials: BackstageCredentials },
  ): Promise<string | undefined>;

  /**
   * The entities that are part of a system (its components, resources and
   * APIs, by their `partOf` relation), as normalised refs.
   */
  partsOf(
    systemRef: string,
    options: { credentials: BackstageCredentials },
  ): Promise<string[]>;

  /** The users who are members of a group (by `memberOf`), as normalised refs. */
  groupMembers(
    groupRef: string,
    options: { credentials: BackstageCredentials },
  ): Promise<string[]>;
}

/** Resolves entities through the catalog service. */
export class CatalogEntityLookup implements EntityLookup {
  constructor(private readonly catalog: CatalogService) {}

  async resolve(
    entityRefs: string[],
    options: { field: string; credentials: BackstageCredentials },
  ): Promise<ResolvedEntities> {
    const normalised = entityRefs.map((ref, index) =>
      normalizeEntityRef(ref, `${options.field}[${index}]`),
    );
    const unique = [...new Set(normalised)];
    if (unique.length === 0) {
      return { entityRefs: [], owners: [], supportGroups: [] };
    }
    const items = await this.fetch(unique, options.credentials);
    const missing = unique.findIndex((_, i) => !items[i]);
    if (missing >= 0) {
      const index = normalised.indexOf(unique[missing]);
      throw new InputError(
        `${options.field}[${index}] '${entityRefs[index]}' is not in the catalog`,
      );
    }
    return {
      entityRefs: unique,
      owners: ownersOf(unique, items),
      supportGroups: supportGroupsOf(unique, items),
      versionSchemes: Object.fromEntries(
        unique.flatMap((ref, i) => {
          const scheme =
            items[i]?.metadata.annotations?.[VERSION_SCHEME_ANNOTATION];
          return scheme ? [[ref, scheme]] : [];
        }),
      ),
      slaSubjects: Object.fromEntries(
        unique.map((ref, i) => [ref, slaSubjectOf(items[i]!)]),
      ),
    };
  }

  async resolvePeople(
    people: Partial<Record<PersonField, string>>,
    options: { credentials: BackstageCredentials },
  ): Promise<Partial<Record<PersonField, string>>> {
    const named = (Object.keys(people) as PersonField[]).flatMap(field => {
      const ref = people[field];
      if (ref === undefined) {
        return [];
      }
      let normalised: string;
      try {
        normalised = stringifyEntityRef(
          parseEntityRef(ref, { defaultKind: kindOf[field] }),
        ).toLocaleLowerCase('en-US');
      } catch {
        throw new InputError(`${field} '${ref}' is not an entity ref`);
      }
      if (!normalised.startsWith(`${kindOf[field]}:`)) {
        throw new InputError(
          `${field} must be a ${kindOf[field]}, not '${ref}'`,
        );
      }
      return [{ field, ref, normalised }];
    });
    if (named.length === 0) {
      return {};
    }
    const items = await this.fetch(
      named.map(n => n.normalised),
      options.credentials,
    );
    named.forEach((n, i) => {
      if (!items[i]) {
        throw new InputError(`${n.field} '${n.ref}' is not in the catalog`);
      }
    });
    return Object.fromEntries(named.map(n => [n.field, n.normalised]));
  }

  async owners(
    entityRefs: string[],
    options: { credentials: BackstageCredentials },
  ): Promise<EntityOwner[]> {
    if (entityRefs.length === 0) {
      return [];
    }
    return ownersOf(
      entityRefs,
      await this.fetch(entityRefs, options.credentials),
    );
  }

  async slaSubjects(
    entityRefs: string[],
    options: { credentials: BackstageCredentials },
  ): Promise<NonNullable<ResolvedEntities['slaSubjects']>> {
    if (entityRefs.length === 0) return {};
    const items = await this.fetch(entityRefs, options.credentials);
    return Object.fromEntries(
      entityRefs.flatMap((ref, i) => {
        const entity = items[i];
        return entity ? [[ref, slaSubjectOf(entity)]] : [];
      }),
    );
  }

  async groupLead(
    groupRef: string,
    options: { credentials: BackstageCredentials },
  ): Promise<string | undefined> {
    let current: string | undefined = groupRef;
    const seen = new Set<string>();
    for (let depth = 0; current && depth < MAX_LEAD_DEPTH; depth++) {
      if (seen.has(current)) return undefined; // a cycle in the catalog
      seen.add(current);
      const [group] = await this.fetch([current], options.credentials);
      if (!group) return undefined;
      const lead = group.metadata.annotations?.[LEAD_ANNOTATION];
      if (lead) {
        try {
          return stringifyEntityRef(
            parseEntityRef(lead, {
              defaultKind: 'user',
              defaultNamespace: group.metadata.namespace ?? 'default',
            }),
          ).toLocaleLowerCase('en-US');
        } catch {
          // a malformed annotation: look further up
        }
      }
      const parent = group.spec?.parent;
      current =
        typeof parent === 'string' && parent
          ? groupRefIn(group, parent)
          : undefined;
    }
    return undefined;
  }

  async partsOf(
    systemRef: string,
    options: { credentials: BackstageCredentials },
  ): Promise<string[]> {
    const { items } = await this.catalog.getEntities(
      {
        filter: { 'relations.partOf': systemRef },
        fields: ['kind', 'metadata.name', 'metadata.namespace'],
      },
      { credentials: options.credentials },
    );
    return items.map(e => stringifyEntityRef(e).toLocaleLowerCase('en-US'));
  }

  async groupMembers(
    groupRef: string,
    options: { credentials: BackstageCredentials },
  ): Promise<string[]> {
    const { items } = await this.catalog.getEntities(
      {
        filter: { kind: 'user', 'relations.memberOf': groupRef },
        fields: ['kind', 'metadata.name', 'metadata.namespace'],
      },
      { credentials: options.credentials },
    );
    return items.map(e => stringifyEntityRef(e).toLocaleLowerCase('en-US'));
  }

  private async fetch(
    entityRefs: string[],
    credentials: BackstageCredentials,
  ): Promise<(Entity | undefined)[]> {
    const { items } = await this.catalog.getEntitiesByRefs(
      {
        entityRefs,
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.annotations',
          'spec.owner',
          'spec.parent',
          'spec.system',
        ],
      },
      { credentials },
    );
    return items;
  }
}

/**
 * A ref written in an entity's spec or annotations (`payments-team`), in
 * full and in the stored spelling: groups by default, in the entity's
 * namespace.
 */
function groupRefIn(entity: Entity, ref: string): string {
  return stringifyEntityRef(
    parseEntityRef(ref, {
      defaultKind: 'group',
      defaultNamespace: entity.metadata.namespace ?? 'default',
    }),
  ).toLocaleLowerCase('en-US');
}

function ownersOf(
  entityRefs: string[],
  entities: (Entity | undefined)[],
): EntityOwner[] {
  return entities.flatMap((entity, i) => {
    const owner = entity?.spec?.owner;
    if (!entity || typeof owner !== 'string' || !owner) {
      return [];
    }
    return [
      {
        entityRef: entityRefs[i],
        ownerRef: groupRefIn(entity, owner),
      },
    ];
  });
}

function supportGroupsOf(
  entityRefs: string[],
  entities: (Entity | undefined)[],
): { entityRef: string; groupRef: string }[] {
  return entities.flatMap((entity, i) => {
    const group = entity?.metadata.annotations?.[SUPPORT_GROUP_ANNOTATION];
    if (!entity || !group) {
      return [];
    }
    try {
      return [
        {
          entityRef: entityRefs[i],
          groupRef: groupRefIn(entity, group),
        },
      ];
    } catch {
      return []; // a malformed annotation routes as if absent
    }
  });
}

/**
 * An entity's `itsm/sla` annotation and the system it is part of; a system
 * is its own, so an agreement naming it in `systems` covers it too.
 */
function slaSubjectOf(entity: Entity): {
  annotation?: string;
  systemRef?: string;
} {
  const annotation = entity.metadata.annotations?.[SLA_ANNOTATION];
  const system = (entity.spec as { system?: unknown } | undefined)?.system;
  let systemRef: string | undefined;
  if (entity.kind.toLocaleLowerCase('en-US') === 'system') {
    systemRef = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
  } else if (typeof system === 'string' && system) {
    try {
      systemRef = stringifyEntityRef(
        parseEntityRef(system, {
          defaultKind: 'system',
          defaultNamespace: entity.metadata.namespace ?? 'default',
        }),
      ).toLocaleLowerCase('en-US');
    } catch {
      systemRef = undefined;
    }
  }
  return {
    ...(annotation ? { annotation } : {}),
    ...(systemRef ? { systemRef } : {}),
  };
}
