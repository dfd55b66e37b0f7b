import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import { SlaClockMover, StoredRecord } from '../RecordStore';
import { SlaClock, StoredSlaClock } from '../SlaClockStore';
import { SlaClockRow } from '../tables';
import { toIso } from './rowMapping';

const optionalIso = (value: string | Date | null) =>
  value === null ? undefined : toIso(value);

/** A stored clock from its row (booleans and big numbers as each database gives them). */
export function rowToSlaClock(row: SlaClockRow): StoredSlaClock {
  const clock: StoredSlaClock = {
    id: row.id,
    recordId: row.record_id,
    kind: row.kind as StoredSlaClock['kind'],
    agreementId: row.agreement_id,
    priority: row.priority,
    calendarId: row.calendar_id,
    targetMinutes:
      row.target_minutes === null ? null : Number(row.target_minutes),
    startedAt: toIso(row.started_at),
    phase: row.phase as StoredSlaClock['phase'],
    idle: JSON.parse(row.idle_spans),
    elapsedMs: Number(row.elapsed_ms),
    crossed: Number(row.crossed) as StoredSlaClock['crossed'],
    updatedAt: toIso(row.updated_at),
  };
  const optional = {
    warn50At: optionalIso(row.warn_50_at),
    warn75At: optionalIso(row.warn_75_at),
    dueAt: optionalIso(row.due_at),
    nextThresholdAt: optionalIso(row.next_threshold_at),
    breachedAt: optionalIso(row.breached_at),
    met: row.met === null ? undefined : Boolean(row.met),
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) Object.assign(clock, { [key]: value });
  }
  return clock;
}

function clockColumns(clock: SlaClock) {
  return {
    kind: clock.kind,
    agreement_id: clock.agreementId,
    priority: clock.priority,
    calendar_id: clock.calendarId,
    target_minutes: clock.targetMinutes,
    started_at: clock.startedAt,
    phase: clock.phase,
    idle_spans: JSON.stringify(clock.idle),
    elapsed_ms: clock.elapsedMs,
    warn_50_at: clock.warn50At ?? null,
    warn_75_at: clock.warn75At ?? null,
    due_at: clock.dueAt ?? null,
    crossed: clock.crossed,
    next_threshold_at: clock.nextThresholdAt ?? null,
    breached_at: clock.breachedAt ?? null,
    met: clock.met ?? null,
    updated_at: clock.updatedAt,
  };
}

/**
 * The record's clocks, locked until the transaction ends on PostgreSQL (a
 * SQLite transaction holds the whole database already), so a move and a
 * breach scan never both act on what they read.
 */
export async function lockSlaClocks(
  tx: Knex.Transaction,
  recordId: string,
): Promise<StoredSlaClock[]> {
  const query = tx<SlaClockRow>('itsm_sla_clocks')
    .where('record_id', recordId)
    .orderBy('kind');
  if (tx.client.config.client === 'pg') query.forUpdate();
  return (await query).map(rowToSlaClock);
}

/** Stores the record's clocks, replacing those of the same kind. */
export async function writeSlaClocks(
  tx: Knex.Transaction,
  recordId: string,
  clocks: readonly SlaClock[],
  existing: readonly StoredSlaClock[] = [],
): Promise<void> {
  for (const clock of clocks) {
    const current = existing.find(c => c.kind === clock.kind);
    if (current) {
      await tx<SlaClockRow>('itsm_sla_clocks')
        .where('id', current.id)
        .update(clockColumns(clock));
    } else {
      await tx<SlaClockRow>('itsm_sla_clocks').insert({
        id: randomUUID(),
        record_id: recordId,
        ...clockColumns(clock),
      });
    }
  }
}

/** Moves the record's clocks, if it has any, as `mover` says. */
export async function moveSlaClocks(
  tx: Knex.Transaction,
  record: StoredRecord,
  mover: SlaClockMover,
): Promise<void> {
  const clocks = await lockSlaClocks(tx, record.id);
  if (clocks.length === 0) return;
  await writeSlaClocks(tx, record.id, mover(clocks, record), clocks);
}
