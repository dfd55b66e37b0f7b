import { StoredRecord } from '../../core/model/recordModel';

/** A member of a group in its training plan, and what they completed. */
export type TrainingPlanMemberView = {
  userRef: string;
  /** Refs of the held sessions the member completed. */
  completed: string[];
  /** The processes those sessions trained. */
  processes: string[];
};

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter(v => typeof v === 'string') : [];

/**
 * A group's training plan (§10.2.3) from the training sessions: those
 * planned for the group or one of its members (soonest first), then those
 * held since `since` that the group, a member attended or a member completed
 * (newest first); and for each member the held sessions they completed and
 * the processes those trained.
 */
export function planTrainingPlan(options: {
  group: string;
  members: readonly string[];
  sessions: readonly StoredRecord[];
  since: string;
}): { sessions: StoredRecord[]; members: TrainingPlanMemberView[] } {
  const people = new Set([options.group, ...options.members]);
  const concerns = (s: StoredRecord) =>
    [...strings(s.fields.attendees), ...strings(s.fields.completedBy)].some(
      ref => people.has(ref),
    );
  const heldAt = (s: StoredRecord) => s.closedAt ?? s.updatedAt;
  const planned = options.sessions
    .filter(s => s.state === 'planned' && concerns(s))
    .sort((a, b) =>
      String(a.fields.scheduledAt ?? '9999').localeCompare(
        String(b.fields.scheduledAt ?? '9999'),
      ),
    );
  const held = options.sessions
    .filter(
      s => s.state === 'held' && heldAt(s) >= options.since && concerns(s),
    )
    .sort((a, b) => heldAt(b).localeCompare(heldAt(a)));
  return {
    sessions: [...planned, ...held],
    members: options.members.map(userRef => {
      const done = held.filter(s =>
        strings(s.fields.completedBy).includes(userRef),
      );
      return {
        userRef,
        completed: done.map(s => s.ref),
        processes: [
          ...new Set(done.map(s => String(s.fields.process ?? ''))),
        ].filter(Boolean),
      };
    }),
  };
}
