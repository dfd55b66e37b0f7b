import { stringifyEntityRef } from '@backstage/catalog-model';
import { EntityPresentationApi } from '@backstage/plugin-catalog-react';

/**
 * An entity presentation API that knows the names of a few entities, as
 * the catalog's shows the display names of people and titles of groups.
 */
export function namesPresentationApi(
  names: Record<string, string>,
): EntityPresentationApi {
  return {
    forEntity: entityOrRef => {
      const entityRef =
        typeof entityOrRef === 'string'
          ? entityOrRef
          : stringifyEntityRef(entityOrRef);
      const snapshot = {
        entityRef,
        primaryTitle: names[entityRef] ?? entityRef,
      };
      return { snapshot, promise: Promise.resolve(snapshot) };
    },
  };
}
