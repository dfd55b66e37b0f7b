import {
  ContinuityProcedureStep,
  RunObjectives,
} from '@backstage-itsm/plugin-itsm-common';
import { StoredRecord } from '../../core/database/RecordStore';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';

/** Analyses read for a plan's entities, at most. */
const MAX_ANALYSES = 100;

const minutes = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? Math.round(value)
    : undefined;

/**
 * A plan's contingency and emergency response procedure (§9.2.2(4)) as its
 * `procedure` field keeps it; steps without an id or title are left out.
 */
export function procedureOf(plan: StoredRecord): ContinuityProcedureStep[] {
  const steps = plan.fields.procedure;
  if (!Array.isArray(steps)) return [];
  return steps.flatMap((step: any) =>
    step &&
    typeof step.id === 'string' &&
    typeof step.title === 'string' &&
    step.id &&
    step.title
      ? [
          {
            id: step.id,
            title: step.title,
            role: typeof step.role === 'string' ? step.role : '',
            expectedMinutes: minutes(step.expectedMinutes) ?? 0,
            ...(typeof step.runbookUrl === 'string' && step.runbookUrl
              ? { runbookUrl: step.runbookUrl }
              : {}),
          },
        ]
      : [],
  );
}

/**
 * The objectives a plan is measured against (§9.2.2(1)): the strictest RTO
 * and RPO of the approved business impact analyses of the entities it
 * covers (an analysis is of its first entity).
 */
export function objectivesOf(
  plan: StoredRecord,
  analyses: readonly StoredRecord[],
): RunObjectives {
  const covered = analyses.filter(
    a =>
      a.type === 'impact-analysis' &&
      a.state === 'approved' &&
      plan.entityRefs.includes(a.entityRefs[0]),
  );
  const strictest = (field: 'rtoMinutes' | 'rpoMinutes') => {
    const values = covered.flatMap(a => {
      const value = minutes(a.fields[field]);
      return value === undefined ? [] : [value];
    });
    return values.length ? Math.min(...values) : undefined;
  };
  const rtoMinutes = strictest('rtoMinutes');
  const rpoMinutes = strictest('rpoMinutes');
  return {
    ...(rtoMinutes !== undefined ? { rtoMinutes } : {}),
    ...(rpoMinutes !== undefined ? { rpoMinutes } : {}),
  };
}

/** The approved analyses of a plan's entities, as the caller may read them. */
export async function readPlanObjectives(
  records: RecordService,
  plan: StoredRecord,
  ctx: RequestContext,
): Promise<RunObjectives> {
  if (plan.entityRefs.length === 0) return {};
  const { records: analyses } = await records.list(
    'impact-analysis',
    {
      states: ['approved'],
      anyOfEntityRefs: plan.entityRefs,
      limit: MAX_ANALYSES,
    },
    ctx,
  );
  return objectivesOf(plan, analyses);
}
