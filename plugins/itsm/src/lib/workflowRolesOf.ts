import {
  AllowedActions,
  WorkflowRole,
} from '@backstage-itsm/plugin-itsm-common';

/**
 * The parts the caller plays for a record, from what the server says they
 * may do with it: `update` makes them a worker, `respond` its reporter.
 * Without `allowed` (an older server) they play both, so every legal move
 * is offered and the server decides.
 */
export function workflowRolesOf(
  allowed: AllowedActions | undefined,
): WorkflowRole[] {
  const { update, respond } = allowed ?? { update: true, respond: true };
  return [
    ...(update ? (['worker'] as const) : []),
    ...(respond ? (['reporter'] as const) : []),
  ];
}
