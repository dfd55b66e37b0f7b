import {
  changeTypeLabels,
  RootCause,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { ConflictError } from '@backstage/errors';
import { PlannedChange, StoredRecord } from '../../core/model/recordModel';
import type { ChangeRequestInput, ChangeRequestRules } from '../../changes';
import { CreateRecordInput } from '../../core/domain/createRecordInput';
import { oneOf } from '../../core/domain/intakeChecks';

/** The solution plan a problem's approval accepted (§4.3.1). */
type SolutionPlan = {
  description: string;
  estimatedHours?: number;
  expectedEffect: string;
  revision: number;
};

/** The change a problem carries, by ref (e.g. `CHG-12`), if any. */
export function problemChangeRequestOf(
  problem: StoredRecord,
): string | undefined {
  const value = problem.fields.changeRequest;
  return typeof value === 'string' ? value : undefined;
}

/**
 * A 409 unless the problem may take on a change request: its solution was
 * approved and the fix is in progress, and it carries none yet.
 */
function requireNoChangeRequest(problem: StoredRecord): void {
  if (problem.state !== 'fix_in_progress') {
    throw new ConflictError(
      `A change request implements an approved solution: ${
        problem.ref
      } is ${stateLabel('problem', problem.state).toLocaleLowerCase(
        'en-US',
      )}, not with its fix in progress`,
    );
  }
  const carried = problemChangeRequestOf(problem);
  if (carried) {
    throw new ConflictError(
      `${problem.ref} already carries change request ${carried}`,
    );
  }
}

function describeRootCause(rootCause: RootCause | undefined): string {
  if (!rootCause) return 'not recorded';
  if (rootCause.method === 'free_text') return rootCause.text ?? '';
  return rootCause.cause ?? '';
}

/**
 * The change request that implements a problem's approved solution
 * (§4.3.3): the problem's entities, its root cause as the reason, the
 * solution plan as the description and first step, its expected effect as
 * the test plan. The window and the risk answers come from the requester
 * (the change's own intake checks them); the plan, test and backout plans
 * may be given instead of these defaults.
 */
function planChangeRequestFromProblem(
  problem: StoredRecord,
  input: ChangeRequestInput,
): CreateRecordInput {
  const solution = problem.fields.solutionPlan as SolutionPlan | undefined;
  const rootCause = problem.fields.rootCause as RootCause | undefined;
  const workaround = String(problem.fields.workaround ?? '').trim();
  const summary = solution?.description.split('\n')[0].trim();
  return {
    title: `Fix ${problem.ref}: ${problem.title}`,
    description: [
      `Change request implementing the solution of problem ${
        problem.ref
      } (revision ${solution?.revision ?? 1}).`,
      solution?.description,
      solution?.estimatedHours !== undefined
        ? `Estimated effort: ${solution.estimatedHours} hours.`
        : undefined,
    ]
      .filter(text => text?.trim())
      .join('\n\n'),
    entityRefs: problem.entityRefs,
    model: 'normal',
    changeType: oneOf(
      input.changeType ?? 'system',
      changeTypeLabels,
      'changeType',
    ),
    reason: `${problem.ref}: root cause ${describeRootCause(rootCause)}`,
    window: input.window,
    risk: input.risk,
    plan: input.plan ?? [
      { title: `Implement the solution of ${problem.ref}: ${summary}` },
      { title: `Check the expected effect of ${problem.ref}` },
    ],
    testPlan:
      input.testPlan ??
      `The expected effect of ${problem.ref}'s solution: ${
        solution?.expectedEffect ?? ''
      }`,
    backoutPlan:
      input.backoutPlan ??
      `Undo the fix of ${problem.ref}${
        workaround ? `; meanwhile its workaround applies: ${workaround}` : ''
      }`,
  };
}

/** The problem's edit that makes it carry the change. */
function planProblemChangeRequestAttachment(options: {
  record: StoredRecord;
  changeRef: string;
  actor: string;
}): PlannedChange {
  const { record, changeRef, actor } = options;
  requireNoChangeRequest(record);
  return {
    expectedState: record.state,
    set: { fields: { ...record.fields, changeRequest: changeRef } },
    event: {
      kind: 'updated',
      actor,
      data: {
        changes: [{ field: 'Change request', from: null, to: changeRef }],
      },
    },
  };
}

/** How a problem carries the change request implementing its fix. */
export const problemChangeRequestRules: ChangeRequestRules = {
  requireNoChangeRequest,
  // One at a time: after a failed change (see planProblemFix), the next.
  raiseKey: problem => {
    const failed = problem.fields.failedChangeRequests as unknown[] | undefined;
    return `change-request-of:${problem.id}:${(failed?.length ?? 0) + 1}`;
  },
  planRaise: planChangeRequestFromProblem,
  planCarry: planProblemChangeRequestAttachment,
};
