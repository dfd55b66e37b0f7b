import {
  PreReleaseCheck,
  preReleaseCheckLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { StoredRecord } from '../../core/model/recordModel';
import { oneOf } from '../../core/domain/intakeChecks';
import { ReleaseEdit, releaseEdit, requireReleaseState } from './releaseEdit';

/**
 * Ticks a pre-release check (§7.3.1: environment checked, backup taken,
 * people notified) on or off, while the audited release waits to roll out.
 */
export function planPreReleaseCheck(options: {
  record: StoredRecord;
  input: { check?: string; done?: boolean };
  actor: string;
  now: string;
}): ReleaseEdit {
  const { record, input, actor, now } = options;
  requireReleaseState(record, ['ready'], 'The pre-release checklist is kept');
  const check = oneOf(input.check, preReleaseCheckLabels, 'check');
  const done = input.done !== false;
  const list = (record.fields.preRelease ?? {}) as Partial<
    Record<PreReleaseCheck, { by: string; at: string }>
  >;
  const { [check]: was, ...others } = list;
  return releaseEdit(record, {
    field: 'preRelease',
    value: done ? { ...others, [check]: { by: actor, at: now } } : others,
    change: {
      field: preReleaseCheckLabels[check],
      from: Boolean(was),
      to: done,
    },
    actor,
  });
}
