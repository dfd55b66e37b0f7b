import { Problem, RecordLink } from '@backstage-itsm/plugin-itsm-common';

/** Test data: a problem under investigation, worked by the caller. */
export function aProblem(overrides: Partial<Problem> = {}): Problem {
  return {
    id: 'prb-id-1',
    ref: 'PRB-1',
    type: 'problem',
    version: 3,
    state: 'investigating',
    title: 'Checkout times out under load',
    description: 'Card payments time out at peak.',
    priority: 'P2',
    entityRefs: ['component:default/checkout'],
    category: 'software',
    source: 'incidents',
    knownError: false,
    assignmentGroup: 'group:default/payments-team',
    reportedBy: 'user:default/pat.problem',
    allowed: { update: true, comment: true, workNote: true, respond: false },
    createdBy: 'user:default/pat.problem',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

/** Test data: an incident linked as caused by the problem. */
export function aCausedByLink(
  problem: Problem,
  incident: { ref: string; title: string; state?: string },
): RecordLink {
  return {
    id: `link-${incident.ref}`,
    kind: 'caused-by',
    source: {
      id: `id-${incident.ref}`,
      ref: incident.ref,
      type: 'incident',
      title: incident.title,
      state: incident.state ?? 'in_progress',
    },
    target: {
      id: problem.id,
      ref: problem.ref,
      type: 'problem',
      title: problem.title,
      state: problem.state,
    },
    createdBy: 'user:default/pat.problem',
    createdAt: '2026-11-20T10:00:00.000Z',
  };
}
