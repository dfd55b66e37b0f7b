import {
  changeOutcomeLabels,
  ChangeOutcome,
  problemWorkflow,
} from '@backstage-itsm/plugin-itsm-common';
import {
  StoredRecord,
  UpdateRecordOptions,
} from '../../core/model/recordModel';
import { problemChangeRequestOf } from './planProblemChangeRequest';
import { planTransition } from '../../core/domain/planTransition';

/** Who the timeline says resolved a problem whose change closed. */
export const PROBLEM_FIX_ACTOR = 'itsm:problem-fix';

/** Change outcomes that put a problem's fix in place (§4.3.3). */
const FIXED: readonly string[] = ['successful', 'successful_with_issues'];

/** The problem's edit after its change request closed, with its incidents' note. */
export type ProblemFixPlan = Pick<
  UpdateRecordOptions,
  'expectedState' | 'set' | 'event' | 'alsoOn'
>;

/**
 * What a problem does when the change request implementing its fix
 * closes (§4.3.3); undefined when the change is not its change request, is
 * not closed, or the problem is no longer waiting for it.
 *
 * - Closed successfully: the problem is resolved ("fixed by CHG-7") and
 *   each incident it caused gets a public note saying so, in the same
 *   transaction; verification and closure stay with people.
 * - Closed failed or backed out: the problem stays in fix in progress, no
 *   longer carries that change (a new one can be raised), and says why.
 */
export function planProblemFix(options: {
  problem: StoredRecord;
  change: StoredRecord;
  incidentIds: string[];
  now: string;
}): ProblemFixPlan | undefined {
  const { problem, change, incidentIds, now } = options;
  if (
    change.state !== 'closed' ||
    problem.state !== 'fix_in_progress' ||
    problemChangeRequestOf(problem) !== change.ref
  ) {
    return undefined;
  }
  const outcome = String(change.fields.outcome ?? '');
  const outcomeLabel =
    changeOutcomeLabels[outcome as ChangeOutcome] ?? (outcome || 'closed');
  if (!FIXED.includes(outcome)) {
    const failed = (problem.fields.failedChangeRequests as string[]) ?? [];
    return {
      expectedState: problem.state,
      set: {
        fields: {
          ...problem.fields,
          changeRequest: undefined,
          failedChangeRequests: [...failed, change.ref],
        },
      },
      event: {
        kind: 'comment',
        actor: PROBLEM_FIX_ACTOR,
        visibility: 'public',
        data: {
          body: `${change.ref} closed: ${outcomeLabel}. The fix is not in place; raise or carry another change request.`,
        },
      },
    };
  }
  const resolution = `Fixed by change ${change.ref} (${outcomeLabel}).`;
  const plan = planTransition({
    workflow: problemWorkflow,
    record: problem,
    input: { action: 'resolve', version: problem.version, resolution },
    roles: ['worker'],
    actor: PROBLEM_FIX_ACTOR,
    now,
  });
  const workaround = String(problem.fields.workaround ?? '').trim();
  return {
    ...plan,
    set: {
      ...plan.set,
      fields: { ...plan.set.fields, fixedBy: change.ref },
    },
    alsoOn: {
      recordIds: incidentIds,
      event: {
        kind: 'comment',
        actor: PROBLEM_FIX_ACTOR,
        visibility: 'public',
        data: {
          body: [
            `Problem ${problem.ref} (${
              problem.title
            }), which caused this incident, is fixed: change ${
              change.ref
            } closed ${outcomeLabel.toLowerCase()}.`,
            workaround
              ? `The workaround (${workaround}) should no longer be needed.`
              : undefined,
          ]
            .filter(Boolean)
            .join(' '),
          problem: problem.ref,
        },
      },
    },
  };
}
