import { InputError } from '@backstage/errors';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';

/**
 * Who completed a training session when it is recorded as held (§10.2.3):
 * users, each an attendee or a member of an attendee group (a 400 naming
 * `completedBy` otherwise). Normalised, without duplicates, in the order
 * given; none when the move names none.
 */
export function planTrainingCompletion(options: {
  completedBy: readonly string[] | undefined;
  attendees: readonly string[];
  /** The members of each attendee group, normalised. */
  membersOf: Readonly<Record<string, readonly string[]>>;
}): string[] {
  const allowed = new Set<string>([
    ...options.attendees.filter(ref => ref.startsWith('user:')),
    ...Object.values(options.membersOf).flat(),
  ]);
  const completed: string[] = [];
  (options.completedBy ?? []).forEach((ref, i) => {
    const user = normalizeEntityRef(ref, `completedBy[${i}]`, 'user');
    if (!user.startsWith('user:')) {
      throw new InputError(`completedBy[${i}] '${ref}' is not a user`);
    }
    if (!allowed.has(user)) {
      throw new InputError(
        `completedBy[${i}] '${ref}' is neither an attendee nor a member of an attendee group`,
      );
    }
    if (!completed.includes(user)) completed.push(user);
  });
  return completed;
}
