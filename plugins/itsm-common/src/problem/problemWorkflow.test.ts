import { checkTransition } from '../workflow/checkTransition';
import { WorkflowDefinition } from '../workflow/types';
import { checkRootCause, isKnownError } from './problemFields';
import { problemMoveBlocker, problemWorkflow } from './problemWorkflow';

const workflow = problemWorkflow as WorkflowDefinition;

describe('problemWorkflow', () => {
  it('leads from identification through investigation, approval and fix to closure', () => {
    const moves = workflow.transitions.map(t => [
      t.action,
      t.from.join('|'),
      t.to,
    ]);
    expect(moves).toEqual([
      ['investigate', 'new', 'investigating'],
      ['propose_solution', 'investigating', 'awaiting_approval'],
      ['resolve', 'fix_in_progress', 'resolved'],
      ['reopen', 'resolved', 'investigating'],
      ['close', 'resolved', 'closed'],
      [
        'cancel',
        'new|investigating|awaiting_approval|fix_in_progress',
        'cancelled',
      ],
    ]);
    expect(workflow.approval).toEqual({
      awaiting: 'awaiting_approval',
      approved: 'fix_in_progress',
      rejected: 'investigating',
    });
  });

  it('reaches every state, and leaves no open state without a way out', () => {
    const reached = new Set([
      workflow.initialState,
      ...workflow.transitions.map(t => t.to),
      workflow.approval!.approved,
    ]);
    expect([...reached].sort()).toEqual([...workflow.states].sort());
    for (const state of workflow.openStates) {
      expect(workflow.transitions.some(t => t.from.includes(state))).toBe(true);
    }
    for (const state of workflow.terminalStates) {
      expect(workflow.transitions.some(t => t.from.includes(state))).toBe(
        false,
      );
    }
  });

  it('asks for a reason to cancel or reopen, a resolution and a verification', () => {
    expect(checkTransition(workflow, 'resolved', 'close')).toMatchObject({
      allowed: false,
      field: 'verification',
    });
    expect(
      checkTransition(workflow, 'resolved', 'close', {
        verification: 'No repeat in two weeks',
      }),
    ).toMatchObject({ allowed: true, transition: { to: 'closed' } });
    expect(checkTransition(workflow, 'new', 'cancel')).toMatchObject({
      allowed: false,
      field: 'reason',
    });
  });
});

describe('root causes and known errors', () => {
  it.each([
    [
      undefined,
      'rootCause is required: a 5-whys chain or a free-text analysis',
    ],
    [{ method: 'guess' }, 'rootCause.method must be five_whys or free_text'],
    [
      { method: 'five_whys', whys: [], cause: 'x' },
      'rootCause.whys must hold 1 to 5 answers to "why?"',
    ],
    [
      { method: 'five_whys', whys: ['a', 'b', 'c', 'd', 'e', 'f'], cause: 'x' },
      'rootCause.whys must hold 1 to 5 answers to "why?"',
    ],
    [
      { method: 'five_whys', whys: ['Disk full', ' '], cause: 'x' },
      'rootCause.whys[1] must not be blank',
    ],
    [
      { method: 'five_whys', whys: ['Disk full'] },
      'rootCause.cause must say the cause the whys end in',
    ],
    [{ method: 'free_text', text: '' }, 'rootCause.text must not be blank'],
  ])('refuses %j: %s', (value, reason) => {
    expect(checkRootCause(value)).toBe(reason);
  });

  it('accepts a complete 5-whys chain or a free-text analysis', () => {
    expect(
      checkRootCause({
        method: 'five_whys',
        whys: [
          'Payments fail',
          'The tokeniser times out',
          'Its pool is exhausted',
        ],
        cause: 'The pool size was halved in 1.4.2',
      }),
    ).toBeUndefined();
    expect(
      checkRootCause({
        method: 'free_text',
        text: 'A leaking connection pool',
      }),
    ).toBeUndefined();
  });

  it('calls a problem a known error once it has a root cause and a workaround', () => {
    const rootCause = { method: 'free_text', text: 'Leaking pool' };
    expect(isKnownError({ rootCause })).toBe(false);
    expect(isKnownError({ rootCause, workaround: '  ' })).toBe(false);
    expect(isKnownError({ rootCause, workaround: 'Restart the pod' })).toBe(
      true,
    );
    expect(isKnownError({ workaround: 'Restart the pod' })).toBe(false);
  });

  it('proposes a solution only with a root cause and a plan', () => {
    expect(problemMoveBlocker('propose_solution', {})).toMatch(
      /^A solution needs the root cause first/,
    );
    const rootCause = { method: 'free_text', text: 'Leaking pool' };
    expect(problemMoveBlocker('propose_solution', { rootCause })).toMatch(
      /^A solution needs its plan/,
    );
    expect(
      problemMoveBlocker('propose_solution', {
        rootCause,
        solutionPlan: { description: 'Fix the pool', estimatedHours: 8 },
      }),
    ).toBeUndefined();
    expect(problemMoveBlocker('investigate', {})).toBeUndefined();
  });
});
