import { Problem } from '@backstage-itsm/plugin-itsm-common';
import { toCsv } from '../../lib/csv';

/** The columns of {@link problemsCsv}, in order. */
export const problemsCsvColumns = [
  'ref',
  'title',
  'state',
  'priority',
  'impact',
  'urgency',
  'category',
  'source',
  'known error',
  'entities',
  'group',
  'assignee',
  'root cause',
  'workaround',
  'solution revision',
  'approval',
  'change request',
  'fixed by',
  'created',
  'updated',
  'resolved',
  'closed',
] as const;

/** A root cause as one cell: the 5 whys' cause, or the free text. */
function causeOf(problem: Problem): string | undefined {
  const cause = problem.rootCause;
  if (!cause) return undefined;
  return cause.method === 'five_whys' ? cause.cause : cause.text;
}

/**
 * Problems as CSV: one line each with what was found, its root cause and
 * workaround, the solution's approval, the change that fixes it and when
 * it was logged, last changed, resolved and closed.
 */
export function problemsCsv(problems: readonly Problem[]): string {
  return toCsv([
    [...problemsCsvColumns],
    ...problems.map(p => [
      p.ref,
      p.title,
      p.state,
      p.priority,
      p.impact,
      p.urgency,
      p.category,
      p.source,
      p.knownError ? 'yes' : 'no',
      p.entityRefs.join(' '),
      p.assignmentGroup,
      p.assignee,
      causeOf(p),
      p.workaround,
      p.solutionPlan?.revision,
      p.approval?.status,
      p.changeRequest,
      p.fixedBy,
      p.createdAt,
      p.updatedAt,
      p.resolvedAt,
      p.closedAt,
    ]),
  ]);
}
