import {
  derivePriority,
  impactLabels,
  Priority,
  PriorityMatrix,
  problemCategoryLabels,
  problemSourceLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { InputError } from '@backstage/errors';
import { oneOf } from '../../core/domain/intakeChecks';
import { routeIncident, RoutingEntity } from '../../incidents';

/** What a new problem says besides its title, description and scope (§4.1). */
export type ProblemIntakeInput = {
  category?: string;
  source?: string;
  impact?: string;
  urgency?: string;
  /** The incidents it is opened from, e.g. `INC-3`. */
  incidents?: string[];
  priority?: Priority;
  /** Why proactive detection suggested it (not part of the HTTP request). */
  detection?: Record<string, unknown>;
};

/** The most incidents a problem is opened from at once. */
export const MAX_PROBLEM_INCIDENTS = 50;

/**
 * Checks a new problem (§4.1) and works out what it is stored with: its
 * category, where it was found, impact and urgency and the priority the
 * matrix gives them (or one stated), and the group that investigates it:
 * the support group or owner of its first entity, else the service desk.
 */
export function planProblemIntake(options: {
  input: ProblemIntakeInput;
  priorityMatrix: PriorityMatrix;
  serviceDeskGroup: string;
  firstEntity?: RoutingEntity;
  caller: string;
}) {
  const { input } = options;
  const category = oneOf(input.category, problemCategoryLabels, 'category');
  const source = oneOf(
    input.source ?? (input.incidents?.length ? 'incidents' : 'manual'),
    problemSourceLabels,
    'source',
  );
  const impact = oneOf(input.impact ?? 'medium', impactLabels, 'impact');
  const urgency = oneOf(input.urgency ?? 'medium', impactLabels, 'urgency');
  if ((input.incidents?.length ?? 0) > MAX_PROBLEM_INCIDENTS) {
    throw new InputError(
      `incidents has at most ${MAX_PROBLEM_INCIDENTS} entries`,
    );
  }
  return {
    priority:
      input.priority ?? derivePriority(options.priorityMatrix, impact, urgency),
    category,
    assignmentGroup: routeIncident(
      options.firstEntity,
      options.serviceDeskGroup,
    ),
    reportedBy: options.caller,
    fields: {
      source,
      impact,
      urgency,
      ...(input.detection ? { detection: input.detection } : {}),
    },
  };
}
