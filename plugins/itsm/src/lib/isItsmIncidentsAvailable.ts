import { Entity } from '@backstage/catalog-model';

/**
 * The catalog kinds whose entity pages get the Incidents tab: the things an
 * incident can be reported against.
 *
 * @public
 */
export const itsmIncidentEntityKinds = ['component', 'system', 'resource'];

/**
 * Whether an entity page should show the Incidents tab; for `EntitySwitch`
 * in apps on the legacy frontend system.
 *
 * @public
 */
export function isItsmIncidentsAvailable(entity: Entity): boolean {
  return itsmIncidentEntityKinds.includes(
    entity.kind.toLocaleLowerCase('en-US'),
  );
}
