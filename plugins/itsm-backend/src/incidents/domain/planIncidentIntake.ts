import {
  derivePriority,
  ImpactLevel,
  IncidentCategory,
  IncidentChannel,
  Priority,
  PriorityMatrix,
  SupportTier,
} from '@backstage-itsm/plugin-itsm-common';
import { InputError } from '@backstage/errors';
import { routeIncident, RoutingEntity, tierOfGroup } from './routeIncident';

/** What a reporter or agent says about a new incident (§3.2.1). */
export type IncidentIntakeInput = {
  priority?: Priority;
  impact?: ImpactLevel;
  urgency?: ImpactLevel;
  priorityReason?: string;
  category?: IncidentCategory;
  channel?: IncidentChannel;
  /** Entity ref of the user the incident is reported for (a caller on the phone). */
  reportedBy?: string;
  occurredAt?: string;
  scopeOfImpact?: string;
  assignmentGroup?: string;
  assignee?: string;
  /**
   * The sender of a mail the receiving server did not authenticate, as the
   * mail claims it (set by the mail intake only; the API does not take it).
   */
  unverifiedSender?: string;
};

/** The settings intake follows, from configuration. */
export type IncidentIntakeSettings = {
  priorityMatrix: PriorityMatrix;
  serviceDeskGroup: string;
};

/** What a new incident is stored with. */
export type IncidentIntakePlan = {
  priority: Priority;
  category?: IncidentCategory;
  assignmentGroup: string;
  supportTier: SupportTier;
  assignee?: string;
  /** The user it is reported by or for. */
  reportedBy: string;
  fields: Record<string, unknown>;
};

/** Clock skew a reporter's "occurred at" may have. */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

function planPriority(
  input: IncidentIntakeInput,
  matrix: PriorityMatrix,
): { priority: Priority; overridden: boolean } {
  const { impact, urgency, priority, priorityReason } = input;
  if ((impact === undefined) !== (urgency === undefined)) {
    const missing = impact === undefined ? 'impact' : 'urgency';
    throw new InputError(
      `${missing} is required with ${
        missing === 'impact' ? 'urgency' : 'impact'
      }: the priority comes from both`,
    );
  }
  if (impact === undefined || urgency === undefined) {
    if (!priority) {
      throw new InputError(
        'priority is required when impact and urgency are not given',
      );
    }
    return { priority, overridden: false };
  }
  const derived = derivePriority(matrix, impact, urgency);
  if (priority && priority !== derived && !priorityReason?.trim()) {
    throw new InputError(
      `priorityReason is required to set ${priority} when impact ${impact} and urgency ${urgency} give ${derived}`,
    );
  }
  return {
    priority: priority ?? derived,
    overridden: Boolean(priority && priority !== derived),
  };
}

/**
 * Classifies and routes a new incident: its priority from impact × urgency
 * (or as given, with a reason when it overrides the matrix), its channel and
 * reporter, and the group and tier that work it.
 */
export function planIncidentIntake(options: {
  input: IncidentIntakeInput;
  settings: IncidentIntakeSettings;
  firstEntity?: RoutingEntity;
  caller: string;
  callerIsService: boolean;
  now: string;
}): IncidentIntakePlan {
  const { input, settings, firstEntity, caller, callerIsService, now } =
    options;
  const { priority, overridden } = planPriority(input, settings.priorityMatrix);
  if (
    input.occurredAt !== undefined &&
    Date.parse(input.occurredAt) > Date.parse(now) + FUTURE_TOLERANCE_MS
  ) {
    throw new InputError('occurredAt must not be in the future');
  }
  const assignmentGroup =
    input.assignmentGroup ??
    routeIncident(firstEntity, settings.serviceDeskGroup);
  const fields: Record<string, unknown> = {
    channel: input.channel ?? (callerIsService ? 'api' : 'portal'),
  };
  for (const key of [
    'impact',
    'urgency',
    'occurredAt',
    'scopeOfImpact',
    'unverifiedSender',
  ] as const) {
    if (input[key] !== undefined) fields[key] = input[key];
  }
  if (overridden) {
    fields.priorityReason = input.priorityReason;
  }
  return {
    priority,
    category: input.category,
    assignmentGroup,
    supportTier: tierOfGroup(assignmentGroup, settings.serviceDeskGroup),
    assignee: input.assignee,
    reportedBy: input.reportedBy ?? caller,
    fields,
  };
}
