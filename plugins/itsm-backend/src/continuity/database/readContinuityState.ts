import { formatRecordRef } from '@backstage-itsm/plugin-itsm-common';
import { Knex } from 'knex';

/** An analysis that is not retired, by the entity it covers. */
export type AnalysisSummary = {
  id: string;
  ref: string;
  state: string;
  entityRef: string;
  rtoMinutes?: number;
  rpoMinutes?: number;
  mtpdMinutes?: number;
  reviewDueAt?: string;
};

/** What continuity records say of every entity, read in three queries. */
export type ContinuityState = {
  analyses: Map<string, AnalysisSummary>;
  /** Entities an approved or active plan covers. */
  covered: Set<string>;
  /** The last completed exercise of each entity, by when it completed. */
  lastExercise: Map<string, string>;
  /** What continuity knows of one entity; undefined: nothing. */
  continuityOf(
    entityRef: string,
  ): { analysis?: AnalysisSummary; covered: boolean } | undefined;
};

const iso = (v: string | Date | null | undefined) =>
  v === null || v === undefined ? undefined : new Date(v).toISOString();

/**
 * Reads, for the whole portal at once, each entity's analysis that is not
 * retired, the entities an approved or active continuity plan covers and
 * each entity's last completed exercise: one query each, however many
 * entities there are (the coverage report and the dependency check read
 * nothing per entity).
 */
export async function readContinuityState(db: Knex): Promise<ContinuityState> {
  const [analysisRows, planRows, exerciseRows] = await Promise.all([
    db('itsm_records as r')
      .join('itsm_record_entities as e', 'e.record_id', 'r.id')
      .where('r.type', 'impact-analysis')
      .whereNot('r.state', 'retired')
      .select('r.id', 'r.number', 'r.state', 'r.fields', 'e.entity_ref'),
    db('itsm_record_entities as e')
      .join('itsm_records as r', 'r.id', 'e.record_id')
      .where('e.record_type', 'continuity-plan')
      .whereIn('r.state', ['approved', 'active'])
      .distinct('e.entity_ref'),
    db('itsm_record_entities as e')
      .join('itsm_records as r', 'r.id', 'e.record_id')
      .where('e.record_type', 'exercise')
      .where('r.state', 'completed')
      .groupBy('e.entity_ref')
      .select('e.entity_ref')
      .max({ at: db.raw('COALESCE(r.closed_at, r.updated_at)') }),
  ]);
  const analyses = new Map<string, AnalysisSummary>();
  for (const row of analysisRows) {
    const fields =
      typeof row.fields === 'string' ? JSON.parse(row.fields) : row.fields;
    analyses.set(row.entity_ref, {
      id: row.id,
      ref: formatRecordRef('impact-analysis', Number(row.number)),
      state: row.state,
      entityRef: row.entity_ref,
      ...(typeof fields.rtoMinutes === 'number'
        ? { rtoMinutes: fields.rtoMinutes }
        : {}),
      ...(typeof fields.rpoMinutes === 'number'
        ? { rpoMinutes: fields.rpoMinutes }
        : {}),
      ...(typeof fields.mtpdMinutes === 'number'
        ? { mtpdMinutes: fields.mtpdMinutes }
        : {}),
      ...(typeof fields.reviewDueAt === 'string'
        ? { reviewDueAt: fields.reviewDueAt }
        : {}),
    });
  }
  const covered = new Set<string>(planRows.map(r => r.entity_ref));
  const lastExercise = new Map<string, string>();
  for (const row of exerciseRows as { entity_ref: string; at: unknown }[]) {
    const at = iso(row.at as string | Date);
    if (at) lastExercise.set(row.entity_ref, at);
  }
  return {
    analyses,
    covered,
    lastExercise,
    continuityOf: ref => {
      const analysis = analyses.get(ref);
      const isCovered = covered.has(ref);
      return analysis || isCovered
        ? { analysis, covered: isCovered }
        : undefined;
    },
  };
}
