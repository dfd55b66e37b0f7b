import { Knex } from 'knex';
import { EntityOwner, StoredRecord, UpdateRecordOptions } from '../RecordStore';
import { RecordRow } from '../tables';
import { insertTimelineEvent } from './insertTimelineEvent';
import { insertRecordEntities } from './recordEntities';
import { recordPatch } from './rowMapping';
import { selectRecord } from './selectRecord';
import { moveSlaClocks } from './slaClockRows';
import { upsertEntityOwners } from './upsertEntityOwners';

/**
 * A guarded change of a record in the caller's transaction: applied only
 * if the record is still at the expected version (and state), with its
 * entities, owners, timeline events and clocks. Undefined when the guard
 * failed: another write came first.
 */
export async function updateGuardedRecord(
  tx: Knex.Transaction,
  options: UpdateRecordOptions,
  changedOwners: EntityOwner[],
): Promise<StoredRecord | undefined> {
  const { set } = options;
  const patch: Record<string, unknown> = recordPatch(set, {
    // Counted in SQL: the guard below holds it at the expected version, and
    // a caller's largest version (2^31 - 1) is a stale one, not a value the
    // column cannot take (PostgreSQL refuses to bind 2^31).
    version: tx.raw('?? + 1', ['version']),
    now: options.now,
  });
  if (set.resolvedAt) {
    // The first resolution stays when a reopen clears resolved_at.
    patch.first_resolved_at = tx.raw('COALESCE(first_resolved_at, ?)', [
      set.resolvedAt,
    ]);
  }

  const guarded = tx<RecordRow>('itsm_records').where({
    id: options.id,
    type: options.type,
    version: options.expectedVersion,
  });
  if (options.expectedState !== undefined) {
    guarded.where('state', options.expectedState);
  }
  const changed = await guarded.update(patch);
  if (changed !== 1) {
    return undefined;
  }
  if (set.entityRefs !== undefined) {
    const row = await tx<RecordRow>('itsm_records')
      .where('id', options.id)
      .first('number');
    await tx('itsm_record_entities').where('record_id', options.id).delete();
    await insertRecordEntities(
      tx,
      { id: options.id, type: options.type, number: Number(row!.number) },
      [...new Set(set.entityRefs)],
    );
  }
  if (options.releaseUniqueKeys) {
    await tx('itsm_record_keys').where('record_id', options.id).delete();
  }
  await upsertEntityOwners(tx, changedOwners, options.now);
  await insertTimelineEvent(tx, options.id, options.event, options.now);
  for (const recordId of options.alsoOn?.recordIds ?? []) {
    await insertTimelineEvent(tx, recordId, options.alsoOn!.event, options.now);
  }
  const record = await selectRecord(tx, {
    type: options.type,
    id: options.id,
  });
  if (record && options.slaClocks) {
    await moveSlaClocks(tx, record, options.slaClocks);
  }
  return record;
}
