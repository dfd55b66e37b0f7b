import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { EntityOwner } from '../database/RecordStore';

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
}

function parseRef(ref: string, field: string, index: number): CompoundEntityRef {
  try {
    return parseEntityRef(ref);
  } catch {
    throw new InputError(
      `${field}[${index}] '${ref}' is not an entity ref; write it as kind:namespace/name, e.g. component:default/payments`,
    );
  }
}

/** Resolves entities through the catalog service. */
export class CatalogEntityLookup implements EntityLookup {
  constructor(private readonly catalog: CatalogService) {}

  async resolve(
    entityRefs: string[],
    options: { field: string; credentials: BackstageCredentials },
  ): Promise<{ entityRefs: string[]; owners: EntityOwner[] }> {
    const normalised = entityRefs.map((ref, index) =>
      stringifyEntityRef(parseRef(ref, options.field, index)),
    );
    const unique = [...new Set(normalised)];
    if (unique.length === 0) {
      return { entityRefs: [], owners: [] };
    }
    const { items } = await this.catalog.getEntitiesByRefs(
      {
        entityRefs: unique,
        fields: ['kind', 'metadata.name', 'metadata.namespace', 'spec.owner'],
      },
      { credentials: options.credentials },
    );
    const owners: EntityOwner[] = [];
    items.forEach((entity, i) => {
      if (!entity) {
        const index = normalised.indexOf(unique[i]);
        throw new InputError(
          `${options.field}[${index}] '${entityRefs[index]}' is not in the catalog`,
        );
      }
      const owner = entity.spec?.owner;
      if (typeof owner === 'string' && owner) {
        owners.push({
          entityRef: unique[i],
          ownerRef: stringifyEntityRef(
            parseEntityRef(owner, {
              defaultKind: 'group',
              defaultNamespace: entity.metadata.namespace ?? 'default',
            }),
          ),
        });
      }
    });
    return { entityRefs: unique, owners };
  }
}
