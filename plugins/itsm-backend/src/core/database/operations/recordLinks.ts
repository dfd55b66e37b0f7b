import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import { CreateLinkOptions, StoredLink, StoredRecord } from '../RecordStore';
import { RecordLinkRow, RecordRow } from '../tables';
import { insertTimelineEvent } from './insertTimelineEvent';
import { isUniqueViolation } from './isUniqueViolation';
import { withEntities } from './recordEntities';
import { toIso } from './rowMapping';

/**
 * Links two records and records a `linked` event on the source, in one
 * transaction; undefined when that link exists already.
 */
export async function createRecordLink(
  db: Knex,
  options: CreateLinkOptions,
): Promise<StoredLink | undefined> {
  const id = randomUUID();
  try {
    await db.transaction(async tx => {
      await tx<RecordLinkRow>('itsm_record_links').insert({
        id,
        source_id: options.sourceId,
        target_id: options.targetId,
        kind: options.kind,
        created_by: options.actor,
        created_at: options.now,
      });
      await insertTimelineEvent(
        tx,
        options.sourceId,
        {
          kind: 'linked',
          actor: options.actor,
          data: {
            linkId: id,
            kind: options.kind,
            targetId: options.targetId,
            ...(options.targetRef ? { target: options.targetRef } : {}),
          },
        },
        options.now,
      );
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      return undefined;
    }
    throw error;
  }
  return {
    id,
    kind: options.kind,
    sourceId: options.sourceId,
    targetId: options.targetId,
    createdBy: options.actor,
    createdAt: options.now,
  };
}

/**
 * Links records to a new one inside its creating transaction, each with a
 * `linked` event on the linking record.
 */
export async function insertIncomingLinks(
  tx: Knex.Transaction,
  target: { id: string; ref: string },
  links: { recordId: string; kind: string }[],
  actor: string,
  now: string,
): Promise<void> {
  for (const link of links) {
    const id = randomUUID();
    await tx<RecordLinkRow>('itsm_record_links').insert({
      id,
      source_id: link.recordId,
      target_id: target.id,
      kind: link.kind,
      created_by: actor,
      created_at: now,
    });
    await insertTimelineEvent(
      tx,
      link.recordId,
      {
        kind: 'linked',
        actor,
        data: {
          linkId: id,
          kind: link.kind,
          targetId: target.id,
          target: target.ref,
        },
      },
      now,
    );
  }
}

/** Links from or to a record, oldest first, with both ends. */
export async function listRecordLinks(
  db: Knex,
  recordId: string,
  limit: number,
): Promise<{ link: StoredLink; source: StoredRecord; target: StoredRecord }[]> {
  const rows = await db<RecordLinkRow>('itsm_record_links')
    .where('source_id', recordId)
    .orWhere('target_id', recordId)
    .orderBy('created_at', 'asc')
    .limit(limit);
  const ids = [...new Set(rows.flatMap(r => [r.source_id, r.target_id]))];
  const recordRows = await db<RecordRow>('itsm_records').whereIn('id', ids);
  const records = new Map(
    (await withEntities(db, recordRows)).map(r => [r.id, r]),
  );
  return rows.map(row => ({
    link: {
      id: row.id,
      kind: row.kind,
      sourceId: row.source_id,
      targetId: row.target_id,
      createdBy: row.created_by,
      createdAt: toIso(row.created_at),
    },
    source: records.get(row.source_id)!,
    target: records.get(row.target_id)!,
  }));
}

/**
 * Which of the records are the source of a link of `kind` to a record of
 * `targetType` (e.g. incidents caused by a problem), in one query.
 */
export async function filterLinkedSources(
  db: Knex,
  ids: string[],
  link: { kind: string; targetType: string },
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows: { source_id: string }[] = await db('itsm_record_links as l')
    .join('itsm_records as t', 't.id', 'l.target_id')
    .whereIn('l.source_id', ids)
    .where('l.kind', link.kind)
    .where('t.type', link.targetType)
    .distinct('l.source_id');
  return new Set(rows.map(row => row.source_id));
}
