import { DateTime } from 'luxon';
import type { ContinuitySummary } from '@backstage-itsm/plugin-itsm-common';
import type { ObjectiveIssue } from './checkRecoveryObjectives';

/** A continuity record as the summary reads it. */
export type SummarizedRecord = {
  ref: string;
  title: string;
  state: string;
  entityRefs: string[];
  fields: Record<string, unknown>;
  updatedAt: string;
  closedAt?: string;
};

/** The most open findings the summary lists (all are counted). */
export const MAX_LISTED_FINDINGS = 5;

const exerciseResults = new Set(['passed', 'passed_with_findings', 'failed']);

/** The states of a plan that cover its entities (§9.2). */
const coveringPlanStates = new Set(['approved', 'active']);

/** A finding is open until it says it is done, closed or resolved. */
function isOpenFinding(finding: Record<string, unknown>): boolean {
  if (finding.done === true) return false;
  for (const key of ['doneAt', 'closedAt', 'resolvedAt']) {
    if (typeof finding[key] === 'string') return false;
  }
  const state = finding.state ?? finding.status;
  return !(
    typeof state === 'string' &&
    ['done', 'closed', 'resolved', 'cancelled'].includes(state)
  );
}

const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
const defined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/**
 * What continuity says of one entity, for its Continuity card (issue 20,
 * item 7), from the records the caller may read that name it: its analysis
 * that is not retired, the plans covering it, its newest completed
 * exercise and the open findings of its exercises (read from an exercise's
 * `findings` when it has them), with the red flags: no approved or active
 * plan, no exercise completed in the last 12 months, an RTO the
 * dependency graph does not let it meet.
 */
export function summarizeContinuity(input: {
  entityRef: string;
  analyses: SummarizedRecord[];
  plans: SummarizedRecord[];
  exercises: SummarizedRecord[];
  objectives: {
    achievable: boolean;
    issues: ObjectiveIssue[];
    truncated: boolean;
  };
  now: Date;
}): ContinuitySummary {
  const own = (r: SummarizedRecord) => r.entityRefs.includes(input.entityRef);
  const analysis = input.analyses.find(r => own(r) && r.state !== 'retired');
  const plans = input.plans.filter(r => own(r) && r.state !== 'retired');
  const covered = plans.some(p => coveringPlanStates.has(p.state));
  const exercises = input.exercises.filter(own);
  const completedAt = (r: SummarizedRecord) => r.closedAt ?? r.updatedAt;
  const [last] = exercises
    .filter(r => r.state === 'completed')
    .sort((a, b) => completedAt(b).localeCompare(completedAt(a)));

  let findings: ContinuitySummary['findings'];
  for (const exercise of exercises) {
    const list = exercise.fields.findings;
    if (!Array.isArray(list)) continue;
    findings ??= { open: 0, items: [] };
    for (const f of list) {
      if (!f || typeof f !== 'object') continue;
      const finding = f as Record<string, unknown>;
      if (!isOpenFinding(finding)) continue;
      findings.open++;
      findings.items.push(
        defined({
          exerciseRef: exercise.ref,
          title: str(finding.title) ?? str(finding.description) ?? '—',
          owner: str(finding.owner),
          dueDate: str(finding.dueDate),
        }),
      );
    }
  }
  if (findings) {
    findings.items = findings.items
      .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'))
      .slice(0, MAX_LISTED_FINDINGS);
  }

  const yearAgo = DateTime.fromJSDate(input.now, { zone: 'utc' })
    .minus({ months: 12 })
    .toISO()!;
  const flags: ContinuitySummary['flags'] = [];
  if (!covered) flags.push('no-plan');
  if (!last || new Date(completedAt(last)).toISOString() < yearAgo) {
    flags.push('no-recent-exercise');
  }
  if (analysis && !input.objectives.achievable) {
    flags.push('rto-not-achievable');
  }
  const f = analysis?.fields ?? {};
  const result = str(last?.fields.result);
  return defined({
    entityRef: input.entityRef,
    analysis: analysis
      ? defined({
          ref: analysis.ref,
          state: analysis.state,
          rtoMinutes: num(f.rtoMinutes),
          rpoMinutes: num(f.rpoMinutes),
          mtpdMinutes: num(f.mtpdMinutes),
          reviewDueAt: str(f.reviewDueAt),
        })
      : undefined,
    plans: plans.map(p => ({ ref: p.ref, title: p.title, state: p.state })),
    covered,
    lastExercise: last
      ? defined({
          ref: last.ref,
          title: last.title,
          kind: str(last.fields.kind),
          result:
            result && exerciseResults.has(result)
              ? (result as NonNullable<
                  ContinuitySummary['lastExercise']
                >['result'])
              : undefined,
          completedAt: new Date(completedAt(last)).toISOString(),
        })
      : undefined,
    findings,
    objectives: input.objectives,
    flags,
  });
}
