import {
  TransitionCheck,
  WorkflowDefinition,
  WorkflowRole,
  WorkflowTransition,
} from './types';

/**
 * Whether someone playing these roles may take the move.
 *
 * @public
 */
export function mayPerform(
  transition: WorkflowTransition,
  roles: readonly WorkflowRole[],
): boolean {
  return (transition.performedBy ?? ['worker']).some(role =>
    roles.includes(role),
  );
}

/**
 * The transitions that may be taken from `state`.
 *
 * @public
 */
export function availableTransitions<State extends string>(
  workflow: WorkflowDefinition<State>,
  state: State,
  roles?: readonly WorkflowRole[],
): WorkflowTransition<State>[] {
  return workflow.transitions.filter(
    t => t.from.includes(state) && (!roles || mayPerform(t, roles)),
  );
}

function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) {
    return false;
  }
  return typeof value !== 'string' || value.trim().length > 0;
}

/**
 * Decides whether `action` may be taken on a record in `state` with the given
 * transition body, and if not, says why in words a user understands.
 *
 * @public
 */
export function checkTransition<State extends string>(
  workflow: WorkflowDefinition<State>,
  state: State,
  action: string,
  body: Record<string, unknown> = {},
  recordFields: Record<string, unknown> = {},
): TransitionCheck<State> {
  const candidates = workflow.transitions.filter(t => t.action === action);
  if (candidates.length === 0) {
    const known = [...new Set(workflow.transitions.map(t => t.action))];
    return {
      allowed: false,
      field: 'action',
      reason: `Unknown action '${action}'; the actions are ${known.join(', ')}`,
    };
  }
  const transition = candidates.find(t => t.from.includes(state));
  if (!transition) {
    const legal = availableTransitions(workflow, state).map(t => t.action);
    const label = workflow.stateLabels[state] ?? state;
    return {
      allowed: false,
      reason: `Cannot ${action} a record that is ${label}; ${
        legal.length
          ? `from here it can ${legal.join(', ')}`
          : 'no action is possible from here'
      }`,
    };
  }
  for (const condition of transition.preconditions ?? []) {
    if (
      isFilled(recordFields[condition.ifField]) &&
      !isFilled(recordFields[condition.requireField])
    ) {
      return { allowed: false, reason: condition.reason };
    }
  }
  for (const field of transition.requiredFields ?? []) {
    if (!isFilled(body[field])) {
      return {
        allowed: false,
        field,
        reason: `${field} is required to ${action}`,
      };
    }
  }
  for (const [field, choices] of Object.entries(
    transition.fieldChoices ?? {},
  )) {
    const value = body[field];
    if (isFilled(value) && !Object.keys(choices).includes(String(value))) {
      return {
        allowed: false,
        field,
        reason: `${field} must be one of ${Object.keys(choices).join(
          ', ',
        )}, not '${String(value)}'`,
      };
    }
  }
  return { allowed: true, transition };
}
