import {
  changeRequestStates,
  changeTypeLabels,
  entityRefName,
  ReleasePhase,
  releaseGoalLabels,
  RiskAssessment,
} from '@backstage-itsm/plugin-itsm-common';
import { ConflictError } from '@backstage/errors';
import { StoredRecord } from '../../core/model/recordModel';
import type { ChangeRequestRules } from '../../changes';
import { CreateRecordInput } from '../../core/domain/createRecordInput';
import { oneOf } from '../../core/domain/intakeChecks';
import { ReleaseEdit, releaseEdit, requireReleaseState } from './releaseEdit';

/** The change a release carries, by ref (e.g. `CHG-12`), if any. */
export function changeRequestOf(release: StoredRecord): string | undefined {
  const value = release.fields.changeRequest;
  return typeof value === 'string' ? value : undefined;
}

/** A 409 unless the release may still take on a change request. */
export function requireNoChangeRequest(release: StoredRecord): void {
  requireReleaseState(
    release,
    [...changeRequestStates],
    'A change request can be added',
  );
  const carried = changeRequestOf(release);
  if (carried) {
    throw new ConflictError(
      `${release.ref} already carries change request ${carried}`,
    );
  }
}

/**
 * The change request a release raises for itself (§5.2.1, §7.1): the same
 * entities, window and risk answers, with its rollout phases as the plan,
 * its verification as the test plan and a rollback to the previous
 * version as the backout plan. The requester completes it before
 * submitting it like any other change.
 */
export function planChangeRequestFromRelease(
  release: StoredRecord,
  options: { changeType?: string },
): CreateRecordInput {
  const version = String(release.fields.releaseVersion ?? '');
  const entityRef = String(release.fields.entityRef ?? release.entityRefs[0]);
  const goals = (release.fields.goals as string[] | undefined) ?? [];
  const phases = (release.fields.phases as ReleasePhase[] | undefined) ?? [];
  const risk = release.fields.risk as RiskAssessment | undefined;
  const goalText = goals
    .map(goal => releaseGoalLabels[goal as keyof typeof releaseGoalLabels])
    .filter(Boolean)
    .join('; ');
  return {
    title: `Release ${version} of ${entityRefName(entityRef)}`,
    description: [
      `Change request for release ${release.ref}: ${release.title}.`,
      release.description,
    ]
      .filter(text => text?.trim())
      .join('\n\n'),
    entityRefs: release.entityRefs,
    model: 'normal',
    changeType: oneOf(
      options.changeType ?? 'system',
      changeTypeLabels,
      'changeType',
    ),
    reason: `${release.ref}${goalText ? `: ${goalText}` : ''}`,
    window: release.window
      ? { start: release.window.start, end: release.window.end }
      : undefined,
    plan: phases.map(phase => ({
      title: `Roll out ${release.ref} to ${phase.name}`,
    })),
    testPlan: `The verification checklists of ${release.ref} (function, performance, compatibility), with evidence, before its audit sign-off.`,
    backoutPlan: `Roll ${
      release.ref
    } back: the previous released version of ${entityRefName(
      entityRef,
    )} becomes current again.`,
    risk: risk
      ? {
          answers: risk.answers,
          ...(risk.stated
            ? { stated: risk.stated, statedReason: risk.statedReason }
            : {}),
        }
      : undefined,
  };
}

/** The release's edit that makes it carry the change. */
export function planChangeRequestAttachment(options: {
  record: StoredRecord;
  changeRef: string;
  actor: string;
}): ReleaseEdit {
  const { record: release, changeRef, actor } = options;
  requireNoChangeRequest(release);
  return releaseEdit(release, {
    field: 'changeRequest',
    value: changeRef,
    change: { field: 'Change request', from: null, to: changeRef },
    actor,
  });
}

/** How a release carries its change request (§7.1). */
export const releaseChangeRequestRules: ChangeRequestRules = {
  requireNoChangeRequest,
  planRaise: planChangeRequestFromRelease,
  planCarry: planChangeRequestAttachment,
};
