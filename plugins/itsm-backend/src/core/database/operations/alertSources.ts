import { createHash } from 'node:crypto';
import { Knex } from 'knex';
import { NewAlertSource } from '../RecordStore';
import { AlertSourceRow } from '../tables';

/** The unique index that lets a group have one open incident at a time. */
export const ACTIVE_ALERT_SOURCE_INDEX = 'itsm_alert_sources_active_uq';

/** Group keys can be long: rows are found by their hash. */
export function hashGroupKey(groupKey: string): string {
  return createHash('sha256').update(groupKey).digest('hex');
}

/**
 * Makes the record the open incident of its alert group (inside the
 * transaction that creates the record). Fails with a unique violation of
 * {@link ACTIVE_ALERT_SOURCE_INDEX} when the group has an open incident.
 */
export async function insertAlertSource(
  tx: Knex,
  recordId: string,
  source: NewAlertSource,
  now: string,
): Promise<void> {
  const hash = hashGroupKey(source.groupKey);
  await tx<AlertSourceRow>('itsm_alert_sources').insert({
    source: source.source,
    group_key: source.groupKey,
    group_key_hash: hash,
    active_key: hash,
    record_id: recordId,
    alerts: JSON.stringify(source.alerts),
    version: 1,
    created_at: now,
    updated_at: now,
    released_at: null,
  });
}

/** The row of the group's open incident, if it has one. */
export async function findActiveAlertSource(
  db: Knex,
  source: string,
  groupKey: string,
): Promise<AlertSourceRow | undefined> {
  return db<AlertSourceRow>('itsm_alert_sources')
    .where({ source, active_key: hashGroupKey(groupKey) })
    .first();
}
