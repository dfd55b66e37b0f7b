import { RecordStore } from '../database/RecordStore';
import { RecordResource } from './recordPermissionResource';

/**
 * Loads records with the owners of their entities, for permission rules
 * applied outside SQL (when another plugin asks about one record).
 */
export async function loadRecordResources(
  store: RecordStore,
  ids: string[],
): Promise<(RecordResource | undefined)[]> {
  const records = await store.getRecordsByIds(ids);
  const owners = await store.getEntityOwners([
    ...new Set(records.flatMap(r => r?.entityRefs ?? [])),
  ]);
  const ownerOf = new Map(owners.map(o => [o.entityRef, o.ownerRef]));
  return records.map(
    record =>
      record && {
        ...record,
        entityOwnerRefs: record.entityRefs.flatMap(ref => {
          const owner = ownerOf.get(ref);
          return owner ? [owner] : [];
        }),
      },
  );
}
