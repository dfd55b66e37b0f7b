import { Problem } from '@backstage-itsm/plugin-itsm-common';
import { toCsv } from '../../lib/csv';

/**
 * Problems as CSV: one line each with what was found, its root cause and
 * workaround, the solution's approval, the change that fixes it and when
 * it was logged, resolved and closed.
 */
export function problemsCsv(problems: readonly Problem[]): string {
  return toCsv([
    [
      'ref',
      'title',
      'state',
      'priority',
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
      'created',
      'resolved',
      'closed',
    ],
    ...problems.map(p => [
      p.ref,
      p.title,
      p.state,
      p.priority,
      p.category,
      p.source,
      p.knownError ? 'yes' : 'no',
      p.entityRefs.join(' '),
      p.assignmentGroup,
      p.assignee,
      p.rootCause?.method === 'free_text'
        ? p.rootCause.text
        : p.rootCause?.cause,
      p.workaround,
      p.solutionPlan?.revision,
      p.approval?.status,
      p.changeRequest,
      p.createdAt,
      p.resolvedAt,
      p.closedAt,
    ]),
  ]);
}
