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
 * Whether the move is for a record with these fields (see
 * `WorkflowTransition.when`).
 *
 * @public
 */
export function appliesTo(
  transition: WorkflowTransition,
  recordFields: Record<string, unknown>,
): boolean {
  const when = transition.when;
  return !when || when.in.includes(String(recordFields[when.field]));
}

/**
 * The transitions that may be taken from `state` (by someone playing
 * `roles`, when given) on a record with `recordFields`.
 *
 * @public
 */
export function availableTransitions<State extends string>(
  workflow: WorkflowDefinition<State>,
  state: State,
  roles?: readonly WorkflowRole[],
  recordFields: Record<string, unknown> = {},
): WorkflowTransition<State>[] {
  return workflow.transitions.filter(
    t =>
      t.from.includes(state) &&
      appliesTo(t, recordFields) &&
      (!roles || mayPerform(t, roles)),
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
  const fromHere = candidates.filter(t => t.from.includes(state));
  const transition = fromHere.find(t => appliesTo(t, recordFields));
  if (fromHere.length > 0 && !transition) {
    const field = fromHere[0].when!.field;
    return {
      allowed: false,
      reason: `Cannot ${action} a record whose ${field} is '${String(
        recordFields[field],
      )}'; only when it is ${fromHere
        .flatMap(t => t.when?.in ?? [])
        .join(' or ')}`,
    };
  }
  if (!transition) {
    const legal = availableTransitions(
      workflow,
      state,
      undefined,
      recordFields,
    ).map(t => t.action);
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
