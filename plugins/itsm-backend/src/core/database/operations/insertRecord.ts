import { formatRecordRef } from '@backstage-itsm/plugin-itsm-common';
import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import { CreateRecordOptions, EntityOwner, StoredRecord } from '../RecordStore';
import { RecordRow } from '../tables';
import { insertAlertSource } from './alertSources';
import { allocateRecordNumber } from './allocateRecordNumber';
import { insertTimelineEvent } from './insertTimelineEvent';
import { insertRecordEntities } from './recordEntities';
import { insertRecordKeys } from './recordKeys';
import { insertIncomingLinks } from './recordLinks';
import { newRecordRow, rowToRecord } from './rowMapping';
import { writeSlaClocks } from './slaClockRows';
import { upsertEntityOwners } from './upsertEntityOwners';

/**
 * Inserts a new record with all it is created with, in the caller's
 * transaction: its number, its alert source, unique keys, clocks, links
 * from earlier records, affected entities and their owners, and its
 * `created` event (with the channel, and whom it is reported for when that
 * is not its creator). Answers the record as stored, without reading it
 * back.
 */
export async function insertRecord(
  tx: Knex.Transaction,
  options: CreateRecordOptions,
  extra: {
    idempotencyKey: string | null;
    /** The affected entities, deduplicated and sorted. */
    entityRefs: string[];
    /** The owners that differ from what is stored. */
    changedOwners: EntityOwner[];
  },
): Promise<StoredRecord> {
  const { idempotencyKey, entityRefs, changedOwners } = extra;
  const number = await allocateRecordNumber(tx, options.type);
  const row = newRecordRow(options, {
    id: randomUUID(),
    number,
    idempotencyKey,
  });
  const id = row.id;
  await tx<RecordRow>('itsm_records').insert(row);
  if (options.alertSource) {
    await insertAlertSource(tx, id, options.alertSource, options.now);
  }
  if (options.uniqueKeys?.length) {
    await insertRecordKeys(tx, options.type, id, options.uniqueKeys);
  }
  if (options.slaClocks?.length) {
    await writeSlaClocks(tx, id, options.slaClocks);
  }
  if (options.linkedFrom?.length) {
    await insertIncomingLinks(
      tx,
      { id, ref: formatRecordRef(options.type, number) },
      options.linkedFrom,
      options.createdBy,
      options.now,
    );
  }
  await insertRecordEntities(
    tx,
    { id, type: options.type, number },
    entityRefs,
  );
  await upsertEntityOwners(tx, changedOwners, options.now);
  await insertTimelineEvent(
    tx,
    id,
    {
      kind: 'created',
      actor: options.createdBy,
      data: {
        state: options.state,
        priority: options.priority,
        entityRefs,
        // Logged for someone else (a caller on the phone): who it is for.
        ...(options.reportedBy.toLocaleLowerCase('en-US') !==
        options.createdBy.toLocaleLowerCase('en-US')
          ? { reportedBy: options.reportedBy }
          : {}),
        ...(options.channel ? { channel: options.channel } : {}),
      },
    },
    options.now,
  );
  // Everything a read would return is known: skip the read.
  return rowToRecord(row, entityRefs);
}
