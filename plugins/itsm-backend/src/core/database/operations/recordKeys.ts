import {
  formatRecordRef,
  RecordType,
} from '@backstage-itsm/plugin-itsm-common';
import { ConflictError } from '@backstage/errors';
import { Knex } from 'knex';

type UniqueKey = { key: string; conflictMessage: string };

/** Claims the record's unique keys; a taken one violates the primary key. */
export async function insertRecordKeys(
  tx: Knex.Transaction,
  type: RecordType,
  recordId: string,
  keys: UniqueKey[],
): Promise<void> {
  await tx('itsm_record_keys').insert(
    keys.map(({ key }) => ({ record_type: type, key, record_id: recordId })),
  );
}

/**
 * After a unique violation: a 409 with the message of the first of the
 * keys another record holds, and that record's ref.
 */
export async function throwIfKeyTaken(
  db: Knex,
  type: RecordType,
  keys: UniqueKey[],
): Promise<void> {
  const held = await db('itsm_record_keys as k')
    .join('itsm_records as r', 'r.id', 'k.record_id')
    .where('k.record_type', type)
    .whereIn(
      'k.key',
      keys.map(k => k.key),
    )
    .select('k.key as key', 'r.number as number');
  for (const { key, conflictMessage } of keys) {
    const holder = held.find(h => h.key === key);
    if (holder) {
      throw new ConflictError(
        `${conflictMessage} (${formatRecordRef(type, Number(holder.number))})`,
      );
    }
  }
}
