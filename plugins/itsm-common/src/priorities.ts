/**
 * Priority levels (§3.1.2): P1 severe business impact, handled immediately,
 * down to P4, no or minimal impact, handled when time allows.
 *
 * @public
 */
export const priorities = ['P1', 'P2', 'P3', 'P4'] as const;

/** @public */
export type Priority = (typeof priorities)[number];

/** @public */
export const priorityLabels: Record<Priority, string> = {
  P1: 'P1 - Critical',
  P2: 'P2 - High',
  P3: 'P3 - Moderate',
  P4: 'P4 - Low',
};

/** @public */
export function isPriority(value: unknown): value is Priority {
  return (priorities as readonly unknown[]).includes(value);
}
