import {
  SlaThreshold,
  slaThresholds,
} from '@backstage-itsm/plugin-itsm-common';
import { Knex } from 'knex';
import { SLA_ACTOR, SlaCrossing } from '../SlaClockStore';
import { SlaClockRow, TimelineEventRow } from '../tables';
import { toIso } from './rowMapping';

type DueRow = Pick<
  SlaClockRow,
  | 'id'
  | 'record_id'
  | 'kind'
  | 'agreement_id'
  | 'priority'
  | 'target_minutes'
  | 'crossed'
  | 'warn_50_at'
  | 'warn_75_at'
  | 'due_at'
>;

const columnOf = {
  50: 'warn_50_at',
  75: 'warn_75_at',
  100: 'due_at',
} as const;

/** What the clock's next threshold becomes once `threshold` is crossed. */
const nextColumn: Record<SlaThreshold, string | null> = {
  50: 'warn_75_at',
  75: 'due_at',
  100: null,
};

/** The highest threshold not yet crossed that the clock has reached by `now`. */
function reached(row: DueRow, now: number): SlaThreshold | undefined {
  return [...slaThresholds].reverse().find(threshold => {
    const at = row[columnOf[threshold]];
    return (
      threshold > Number(row.crossed) &&
      at !== null &&
      Date.parse(toIso(at)) <= now
    );
  });
}

/** See {@link SlaClockStore.claimCrossings}. */
export async function claimSlaCrossings(
  db: Knex,
  options: { now: string; limit: number },
): Promise<SlaCrossing[]> {
  const now = Date.parse(options.now);
  return db.transaction(async tx => {
    const query = tx<SlaClockRow>('itsm_sla_clocks')
      .where('next_threshold_at', '<=', options.now)
      .orderBy('next_threshold_at')
      .limit(options.limit)
      .select(
        'id',
        'record_id',
        'kind',
        'agreement_id',
        'priority',
        'target_minutes',
        'crossed',
        'warn_50_at',
        'warn_75_at',
        'due_at',
      );
    if (tx.client.config.client === 'pg') query.forUpdate().skipLocked();
    const rows: DueRow[] = await query;
    const crossings = rows.flatMap(row => {
      const threshold = reached(row, now);
      return threshold ? [{ row, threshold }] : [];
    });
    // A clock due with nothing left to cross would come back every scan.
    const spent = rows.filter(row => !reached(row, now)).map(row => row.id);
    if (spent.length > 0) {
      await tx<SlaClockRow>('itsm_sla_clocks')
        .whereIn('id', spent)
        .update({ next_threshold_at: null });
    }
    for (const threshold of slaThresholds) {
      const ids = crossings
        .filter(c => c.threshold === threshold)
        .map(c => c.row.id);
      if (ids.length === 0) continue;
      const next = nextColumn[threshold];
      await tx<SlaClockRow>('itsm_sla_clocks')
        .whereIn('id', ids)
        .update({
          crossed: threshold,
          next_threshold_at: next ? tx.ref(next) : null,
          ...(threshold === 100 ? { breached_at: options.now } : {}),
        } as Partial<SlaClockRow>);
    }
    if (crossings.length > 0) {
      await tx<TimelineEventRow>('itsm_timeline_events').insert(
        crossings.map(({ row, threshold }) => ({
          record_id: row.record_id,
          kind: 'sla',
          actor: SLA_ACTOR,
          created_at: options.now,
          data: JSON.stringify({
            clock: row.kind,
            threshold,
            agreement: row.agreement_id,
            priority: row.priority,
            ...(row.due_at ? { dueAt: toIso(row.due_at) } : {}),
          }),
          visibility: 'public',
        })),
      );
    }
    return crossings.map(
      ({ row, threshold }): SlaCrossing => ({
        clockId: row.id,
        recordId: row.record_id,
        kind: row.kind as SlaCrossing['kind'],
        threshold,
        agreementId: row.agreement_id,
        priority: row.priority,
        targetMinutes:
          row.target_minutes === null ? null : Number(row.target_minutes),
        ...(row.due_at ? { dueAt: toIso(row.due_at) } : {}),
      }),
    );
  });
}
