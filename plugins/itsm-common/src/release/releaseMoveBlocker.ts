import {
  phaseStatusLabels,
  PreReleaseCheck,
  preReleaseCheckLabels,
  ReleasePhase,
  VerificationCheck,
  VerificationKind,
  verificationKindLabels,
} from './releaseFields';

/**
 * What keeps a release from its next move, in words; undefined when
 * nothing does. Shared by the backend, which refuses the move, and the
 * frontend, which says why a button is disabled.
 *
 * @public
 */
export function releaseMoveBlocker(
  action: string,
  fields: {
    verification?: VerificationCheck[];
    preRelease?: Partial<Record<PreReleaseCheck, { by: string; at: string }>>;
    phases?: ReleasePhase[];
  },
): string | undefined {
  if (action === 'sign_off') {
    const checks = fields.verification ?? [];
    const missing = (
      Object.keys(verificationKindLabels) as VerificationKind[]
    ).filter(kind => !checks.some(c => c.kind === kind));
    if (missing.length > 0) {
      return `The package needs at least one ${missing.join(
        ', ',
      )} check before its audit`;
    }
    const failed = checks.filter(c => c.result === 'fail');
    if (failed.length > 0) {
      return `The package failed ${failed
        .map(c => `${c.kind}: ${c.item}`)
        .join('; ')}; fix it and check again before its audit`;
    }
  }
  if (action === 'start_rollout') {
    const open = (
      Object.keys(preReleaseCheckLabels) as PreReleaseCheck[]
    ).filter(check => !fields.preRelease?.[check]);
    if (open.length > 0) {
      return `The pre-release checklist is not done: ${open
        .map(check => preReleaseCheckLabels[check])
        .join(', ')}`;
    }
  }
  if (action === 'complete_rollout') {
    const unfinished = (fields.phases ?? []).filter(
      p => p.status !== 'succeeded',
    );
    if (unfinished.length > 0) {
      return `Every phase must succeed first: ${unfinished
        .map(p => `${p.name} is ${phaseStatusLabels[p.status].toLowerCase()}`)
        .join(', ')}`;
    }
  }
  return undefined;
}
