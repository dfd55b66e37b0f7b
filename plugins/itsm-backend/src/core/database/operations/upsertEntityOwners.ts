import { Knex } from 'knex';
import { EntityOwner } from '../RecordStore';

/** Stores the owners of entities, replacing what was known. */
export async function upsertEntityOwners(
  db: Knex,
  owners: EntityOwner[],
  now: string,
): Promise<void> {
  if (owners.length === 0) {
    return;
  }
  await db('itsm_entity_owners')
    .insert(
      owners.map(o => ({
        entity_ref: o.entityRef,
        owner_ref: o.ownerRef,
        synced_at: now,
      })),
    )
    .onConflict('entity_ref')
    .merge(['owner_ref', 'synced_at']);
}
