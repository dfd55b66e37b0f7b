import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { EntityOwner } from '../database/RecordStore';
import { normalizeEntityRef } from './normalizeEntityRef';

/** Resolves the catalog entities a record names. */
export interface EntityLookup {
  /**
   * Normalises entity refs (`component:payments` → `component:default/payments`)
   * and checks that each exists in the catalog; a 400 naming the first one
   * that does not. Returns the normalised refs and their owners.
   */
  resolve(
    entityRefs: string[],
    options: { field: string; credentials: BackstageCredentials },
  ): Promise<{ entityRefs: string[]; owners: EntityOwner[] }>;

  /**
   * The current owners of the given (normalised) entity refs; entities that
   * are no longer in the catalog, or have no owner, are left out.
   */
  owners(
    entityRefs: string[],
    options: { credentials: BackstageCredentials },
  ): Promise<EntityOwner[]>;
}

/** Resolves entities through the catalog service. */
export class CatalogEntityLookup implements EntityLookup {
  constructor(private readonly catalog: CatalogService) {}

  async resolve(
    entityRefs: string[],
    options: { field: string; credentials: BackstageCredentials },
  ): Promise<{ entityRefs: string[]; owners: EntityOwner[] }> {
    const normalised = entityRefs.map((ref, index) =>
      normalizeEntityRef(ref, `${options.field}[${index}]`),
    );
    const unique = [...new Set(normalised)];
    if (unique.length === 0) {
      return { entityRefs: [], owners: [] };
    }
    const items = await this.fetch(unique, options.credentials);
    const missing = unique.findIndex((_, i) => !items[i]);
    if (missing >= 0) {
      const index = normalised.indexOf(unique[missing]);
      throw new InputError(
        `${options.field}[${index}] '${entityRefs[index]}' is not in the catalog`,
      );
    }
    return { entityRefs: unique, owners: ownersOf(unique, items) };
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

  private async fetch(
    entityRefs: string[],
    credentials: BackstageCredentials,
  ): Promise<(Entity | undefined)[]> {
    const { items } = await this.catalog.getEntitiesByRefs(
      {
        entityRefs,
        fields: ['kind', 'metadata.name', 'metadata.namespace', 'spec.owner'],
      },
      { credentials },
    );
    return items;
  }
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
        ownerRef: stringifyEntityRef(
          parseEntityRef(owner, {
            defaultKind: 'group',
            defaultNamespace: entity.metadata.namespace ?? 'default',
          }),
        ).toLocaleLowerCase('en-US'),
      },
    ];
  });
}
