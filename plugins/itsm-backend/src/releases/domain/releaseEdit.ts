import { ConflictError } from '@backstage/errors';
import {
  StoredRecord,
  UpdateRecordOptions,
} from '../../core/model/recordModel';

/** A guarded edit of a release's fields, with its timeline event. */
export type ReleaseEdit = Pick<
  UpdateRecordOptions,
  'expectedState' | 'set' | 'event'
>;

/** The states in which a release's package may still change (before its audit). */
export const PACKAGE_OPEN_STATES = ['planned', 'awaiting_approval', 'approved'];

/** A 409 unless the release is in one of the states, saying what is allowed when. */
export function requireReleaseState(
  record: StoredRecord,
  states: string[],
  what: string,
): void {
  if (!states.includes(record.state)) {
    const audited = !PACKAGE_OPEN_STATES.includes(record.state);
    throw new ConflictError(
      `${what} only while ${record.ref} is ${states.join(' or ')}; it is ${
        record.state
      }${
        audited && states === PACKAGE_OPEN_STATES
          ? ': its package was audited and cannot change; plan a new version'
          : ''
      }`,
    );
  }
}

/** The release's fields with one replaced, as an `updated` edit of the record. */
export function releaseEdit(
  record: StoredRecord,
  options: {
    field: string;
    value: unknown;
    /** What the timeline shows changed: a label, before and after. */
    change: { field: string; from: unknown; to: unknown };
    actor: string;
  },
): ReleaseEdit {
  return {
    expectedState: record.state,
    set: { fields: { ...record.fields, [options.field]: options.value } },
    event: {
      kind: 'updated',
      actor: options.actor,
      data: { changes: [options.change] },
    },
  };
}
