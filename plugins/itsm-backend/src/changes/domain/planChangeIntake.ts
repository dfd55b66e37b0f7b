import {
  assessRisk,
  changeModelLabels,
  ChangePlanStep,
  changeTypeLabels,
  Priority,
  RiskInput,
  RiskLevel,
  RiskQuestionnaire,
} from '@backstage-itsm/plugin-itsm-common';
import { InputError } from '@backstage/errors';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';
import { RecordWindow } from '../../core/model/recordModel';
import { ApproverSettings } from '../../core/domain/deriveApprovalGroups';
import { WindowDefinition } from './expandWindow';
import { oneOf, requiredText } from '../../core/domain/intakeChecks';

/** A pre-approved change (§5.1, standard model) from the configured catalog. */
export type StandardChangeTemplate = {
  id: string;
  title: string;
  description: string;
  changeType: keyof typeof changeTypeLabels;
  plan: ChangePlanStep[];
  backoutPlan: string;
  testPlan: string;
};

/** How changes are requested and approved, from configuration. */
export type ChangeSettings = ApproverSettings & {
  /** The group that works changes: accepts, assesses, asks for approval. */
  managerGroup: string;
  /** How long acceptance (§5.2.2) may take after submission, in minutes. */
  acceptanceMinutes: number;
  riskQuestionnaire: RiskQuestionnaire;
  standardChanges: StandardChangeTemplate[];
  /** Freeze and maintenance windows from configuration. */
  windows: WindowDefinition[];
  /**
   * How long after its window an incident on a change's entities is
   * suggested as possibly caused by it, in minutes.
   */
  correlationMinutes: number;
};

/** What a requester says about a new change (§5.2.1). */
export type ChangeIntakeInput = {
  changeType?: string;
  model?: string;
  template?: string;
  reason?: string;
  window?: { start?: string; end?: string };
  plan?: { title?: string; owner?: string }[];
  backoutPlan?: string;
  testPlan?: string;
  risk?: Partial<RiskInput>;
  priority?: Priority;
};

/** What a new change is stored with besides its core fields. */
export type ChangeIntakePlan = {
  priority: Priority;
  assignmentGroup: string;
  reportedBy: string;
  window: RecordWindow;
  fields: Record<string, unknown>;
};

/** The priority of a change whose requester names none. */
const priorityOfRisk: Record<RiskLevel, Priority> = {
  high: 'P2',
  medium: 'P3',
  low: 'P4',
};

const MAX_PLAN_STEPS = 50;

/** A window with valid instants, the end after the start, as ISO text. */
export function planWindow(
  window: ChangeIntakeInput['window'],
  field = 'window',
): RecordWindow {
  const start = Date.parse(requiredText(window?.start, `${field}.start`));
  const end = Date.parse(requiredText(window?.end, `${field}.end`));
  if (Number.isNaN(start)) {
    throw new InputError(`${field}.start is not a date and time`);
  }
  if (Number.isNaN(end)) {
    throw new InputError(`${field}.end is not a date and time`);
  }
  if (end <= start) {
    throw new InputError(`${field}.end must be after ${field}.start`);
  }
  return {
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
  };
}

function planSteps(steps: ChangeIntakeInput['plan']): ChangePlanStep[] {
  if (!steps || steps.length === 0) {
    throw new InputError('plan needs at least one step');
  }
  if (steps.length > MAX_PLAN_STEPS) {
    throw new InputError(`plan has at most ${MAX_PLAN_STEPS} steps`);
  }
  return steps.map((step, i) => ({
    title: requiredText(step.title, `plan[${i}].title`),
    ...(step.owner?.trim()
      ? { owner: normalizeEntityRef(step.owner, `plan[${i}].owner`) }
      : {}),
    done: false,
  }));
}

/**
 * Checks a change request (§5.2.1) and works out what it is stored with:
 * its type and model, plan, window and risk. A standard change takes its
 * plans from its pre-approved template and is low risk; a normal or
 * emergency one is scored by the risk questionnaire, and the higher of
 * that and the requester's stated risk counts.
 */
export function planChangeIntake(options: {
  input: ChangeIntakeInput;
  settings: ChangeSettings;
  caller: string;
}): ChangeIntakePlan {
  const { input, settings, caller } = options;
  const model = oneOf(input.model, changeModelLabels, 'model');
  const window = planWindow(input.window);
  if (model === 'standard') {
    const template = settings.standardChanges.find(
      t => t.id === input.template,
    );
    if (!template) {
      const known = settings.standardChanges.map(t => t.id);
      throw new InputError(
        `template must name a standard change${
          known.length ? ` (${known.join(', ')})` : '; none are configured'
        }`,
      );
    }
    return {
      priority: input.priority ?? priorityOfRisk.low,
      assignmentGroup: settings.managerGroup,
      reportedBy: caller,
      window,
      fields: {
        model,
        template: template.id,
        changeType: template.changeType,
        reason: input.reason?.trim() || template.description,
        plan: input.plan?.length ? planSteps(input.plan) : template.plan,
        backoutPlan: input.backoutPlan?.trim() || template.backoutPlan,
        testPlan: input.testPlan?.trim() || template.testPlan,
        risk: { level: 'low', computed: 'low', preApproved: true },
      },
    };
  }
  const changeType = oneOf(input.changeType, changeTypeLabels, 'changeType');
  if (changeType === 'emergency' && model !== 'emergency') {
    throw new InputError(
      'model must be emergency for a change of type emergency',
    );
  }
  if (input.template !== undefined) {
    throw new InputError('template is only for standard changes');
  }
  const risk = assessRisk(settings.riskQuestionnaire, {
    answers: input.risk?.answers ?? {},
    stated: input.risk?.stated,
    statedReason: input.risk?.statedReason,
  });
  if (!risk.ok) {
    throw new InputError(risk.reason);
  }
  return {
    priority: input.priority ?? priorityOfRisk[risk.assessment.level],
    assignmentGroup: settings.managerGroup,
    reportedBy: caller,
    window,
    fields: {
      model,
      changeType,
      reason: requiredText(input.reason, 'reason'),
      plan: planSteps(input.plan),
      backoutPlan: requiredText(input.backoutPlan, 'backoutPlan'),
      testPlan: requiredText(input.testPlan, 'testPlan'),
      risk: risk.assessment,
    },
  };
}
