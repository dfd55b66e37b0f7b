import {
  VerificationCheck,
  verificationKindLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { StoredRecord } from '../../core/model/recordModel';
import { oneOf, requiredText } from '../../core/domain/intakeChecks';
import { checkHttpUrl } from './planReleaseContents';
import {
  PACKAGE_OPEN_STATES,
  ReleaseEdit,
  releaseEdit,
  requireReleaseState,
} from './releaseEdit';

/**
 * Records a verification check of a release's package (§7.2.3): its kind
 * (function, performance, compatibility), the item checked, pass or fail,
 * and a link to the evidence. The same kind and item checked again
 * replaces the earlier result. Only before the package's audit.
 */
export function planVerificationResult(options: {
  record: StoredRecord;
  input: {
    kind?: string;
    item?: string;
    result?: string;
    evidenceUrl?: string;
  };
  actor: string;
  now: string;
}): ReleaseEdit {
  const { record, input, actor, now } = options;
  requireReleaseState(record, PACKAGE_OPEN_STATES, 'Checks are recorded');
  const check: VerificationCheck = {
    kind: oneOf(input.kind, verificationKindLabels, 'kind'),
    item: requiredText(input.item, 'item'),
    result: oneOf(input.result, { pass: 'Pass', fail: 'Fail' }, 'result'),
    ...(input.evidenceUrl?.trim()
      ? { evidenceUrl: checkHttpUrl(input.evidenceUrl, 'evidenceUrl') }
      : {}),
    by: actor,
    at: now,
  };
  const checks = (record.fields.verification ?? []) as VerificationCheck[];
  const earlier = checks.find(
    c => c.kind === check.kind && c.item === check.item,
  );
  return releaseEdit(record, {
    field: 'verification',
    value: [...checks.filter(c => c !== earlier), check],
    change: {
      field: `${verificationKindLabels[check.kind].toLowerCase()} check: ${
        check.item
      }`,
      from: earlier?.result ?? null,
      to: check.result,
    },
    actor,
  });
}
