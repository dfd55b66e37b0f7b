import { StoredRecord } from '../../core/model/recordModel';
import { approvedScope } from '../../core/domain/approvedScope';

/**
 * What keeps a release from rolling out now under its governance (§7.3):
 * it rolls out inside its window, and under a change request that was
 * approved (scheduled or being implemented) and still covers the released
 * entity. Each gap in words; none when it may start.
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
    gaps.push(`it is outside its window (${window.start} to ${window.end})`);
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
      `its change request ${
        change.ref
      } is not approved (it is ${change.state.replace(/_/g, ' ')})`,
    );
  } else if (!approved.entityRefs.includes(released)) {
    gaps.push(`its change request ${change.ref} does not cover ${released}`);
  }
  return gaps;
}
