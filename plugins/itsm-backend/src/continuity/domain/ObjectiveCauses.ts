import {
  describeIssue,
  ObjectiveIssue,
  ObjectiveIssueKind,
} from './checkRecoveryObjectives';

/**
 * One entity at fault, once: why (no approved analysis, no plan, a longer
 * RTO than a service that relies on it), how many analysed services it
 * makes inconsistent, and the shortest path that shows it.
 */
export type ObjectiveCause = ObjectiveIssue & {
  /** The analysed services whose objectives it contradicts. */
  services: number;
};

/**
 * Gathers the inconsistencies of many services' checks at their causes
 * (`checkRecoveryObjectives`'s `onIssue`): an entity without a plan that
 * forty services rely on is one cause counted forty times, not forty
 * issues. Each keeps the shortest path found (the first service given wins
 * a tie). Memory grows with the entities at fault, not with the pairs.
 */
export class ObjectiveCauses {
  private readonly causes = new Map<
    string,
    { issue: Omit<ObjectiveIssue, 'message'>; services: number }
  >();

  /** Counts one issue of one service's check. */
  add = (issue: Omit<ObjectiveIssue, 'message'>): void => {
    const key = `${issue.kind} ${issue.entityRef}`;
    const cause = this.causes.get(key);
    if (!cause) {
      this.causes.set(key, { issue, services: 1 });
      return;
    }
    cause.services++;
    if (issue.path.length < cause.issue.path.length) cause.issue = issue;
  };

  /** Every cause, the most services first, then by entity and kind. */
  list(): ObjectiveCause[] {
    const order: Record<ObjectiveIssueKind, number> = {
      'longer-rto': 0,
      'no-approved-analysis': 1,
      'no-plan': 2,
    };
    return [...this.causes.values()]
      .sort(
        (a, b) =>
          b.services - a.services ||
          a.issue.entityRef.localeCompare(b.issue.entityRef, 'en-US') ||
          order[a.issue.kind] - order[b.issue.kind],
      )
      .map(({ issue, services }) => ({
        ...issue,
        message: describeIssue(issue),
        services,
      }));
  }
}
