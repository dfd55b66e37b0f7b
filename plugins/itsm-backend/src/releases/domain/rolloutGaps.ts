import { entityRefName, stateLabel } from '@backstage-itsm/plugin-itsm-common';
import { StoredRecord } from '../../core/model/recordModel';
import { approvedScope } from '../../core/domain/approvedScope';
import { utcWindow } from '../../core/domain/utcTime';

/**
 * What keeps a release from rolling out now under its governance (§7.3):
 * it rolls out inside its window, and under a change request that was
 * approved (scheduled or being implemented) and still covers the released
 * entity. Each gap in words (the window in UTC, states by label, the
 * entity by name); none when it may start.
 */
export function rolloutGaps(options: {
  release: StoredRecord;
  /** The change request it carries, if any (and the caller may read it). */
  change?: StoredRecord;
  now: string;
}): string[] {
  const { release, change, now } = options;
  const gaps: string[] = [];
  const window = release.window;
  const at = Date.parse(now);
  if (!window) {
    gaps.push('it has no window');
  } else if (at < Date.parse(window.start) || at >= Date.parse(window.end)) {
    gaps.push(`it is outside its window (${utcWindow(window)})`);
  }
  const carried = release.fields.changeRequest;
  const approved = change && approvedScope(change);
  const released = String(release.fields.entityRef ?? release.entityRefs[0]);
  if (!carried) {
    gaps.push('it carries no change request');
  } else if (!change) {
    gaps.push(`its change request ${carried} cannot be read`);
  } else if (!approved) {
    gaps.push(
      `its change request ${change.ref} is not approved (it is ${stateLabel(
        'change',
        change.state,
      ).toLocaleLowerCase('en-US')})`,
    );
  } else if (!approved.entityRefs.includes(released)) {
    gaps.push(
      `its change request ${change.ref} does not cover ${entityRefName(
        released,
      )}`,
    );
  }
  return gaps;
}
