/**
 * Who may be ticked as having completed a session: its attendee users and
 * the members of its attendee groups, each once, in the order given.
 */
export function completionCandidates(
  attendees: readonly string[],
  membersOf: Readonly<Record<string, readonly string[]>>,
): string[] {
  const people = attendees.flatMap(ref =>
    ref.startsWith('group:') ? membersOf[ref] ?? [] : [ref],
  );
  return [...new Set(people.filter(ref => ref.startsWith('user:')))];
}
