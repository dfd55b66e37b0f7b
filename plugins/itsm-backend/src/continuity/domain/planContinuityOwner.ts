import { InputError } from '@backstage/errors';

/** Who is answerable for a continuity record, as the record core keeps it. */
export type ContinuityOwnerColumns = {
  /** A group that owns it: its members work the record. */
  assignmentGroup?: string;
  /** A user who owns it. */
  assignee?: string;
};

/**
 * The owner of a continuity record (a risk's, an analysis's, a plan's, an
 * exercise's): the one named, else the owner of its first entity in the
 * catalog. A group owner is the record's assignment group and a user its
 * assignee, so the record permission rules that let people work what is
 * assigned to them or their group let owners edit what they own.
 */
export function planContinuityOwner(
  owner: string | undefined,
  firstEntityOwner: string | undefined,
): ContinuityOwnerColumns & { owner?: string } {
  const ref = owner?.trim() || firstEntityOwner;
  if (ref === undefined) return {};
  const match = /^(user|group):[^/:\s]+\/[^/:\s]+$/.exec(ref);
  if (!match) {
    throw new InputError(
      `owner must be a user or group entity ref like group:default/payments-team, not '${ref}'`,
    );
  }
  return match[1] === 'group'
    ? { owner: ref, assignmentGroup: ref }
    : { owner: ref, assignee: ref };
}
