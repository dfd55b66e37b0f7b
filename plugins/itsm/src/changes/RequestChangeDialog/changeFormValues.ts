import {
  assessRisk,
  ChangeModel,
  ChangeType,
  CreateChangeRequest,
  RiskQuestionnaire,
} from '@backstage-itsm/plugin-itsm-common';
import { newPlanStep, PlanStepValue } from './PlanStepsField';
import {
  emptyRiskValues,
  riskInputOf,
  RiskValues,
} from './RiskQuestionnaireFields';

/** What the change request form holds while it is filled in. */
export type ChangeFormValues = {
  title: string;
  description: string;
  /** Chosen in the form when the dialog has no fixed entity. */
  entityRef?: string;
  model: ChangeModel;
  changeType: ChangeType;
  /** The standard change followed (model standard). */
  template: string;
  reason: string;
  /** `datetime-local` values, in the browser's time zone. */
  start: string;
  end: string;
  plan: PlanStepValue[];
  backoutPlan: string;
  testPlan: string;
  risk: RiskValues;
};

const HOUR = 60 * 60 * 1000;

/** A date as a `datetime-local` input value, in local time. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(
    date.getDate(),
  )}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The window offered first: from the next full hour a day from now, 2h. */
export function defaultWindow(now = new Date()): {
  start: string;
  end: string;
} {
  const start = new Date(now);
  start.setMinutes(0, 0, 0);
  start.setHours(start.getHours() + 1);
  start.setDate(start.getDate() + 1);
  const end = new Date(start.getTime() + 2 * HOUR);
  return { start: toLocalInput(start), end: toLocalInput(end) };
}

/** A blank form: a normal system change with one empty plan step. */
export function emptyChangeForm(): ChangeFormValues {
  return {
    title: '',
    description: '',
    model: 'normal',
    changeType: 'system',
    template: '',
    reason: '',
    ...defaultWindow(),
    plan: [newPlanStep()],
    backoutPlan: '',
    testPlan: '',
    risk: emptyRiskValues,
  };
}

/** The fields that can be wrong, each with what to tell the user. */
export type ChangeFormProblems = Partial<
  Record<
    | 'title'
    | 'description'
    | 'template'
    | 'reason'
    | 'start'
    | 'end'
    | 'plan'
    | 'backoutPlan'
    | 'testPlan'
    | 'risk',
    string
  >
>;

const blank = (text: string) => !text.trim();

/** What is missing or wrong before the form may be sent. */
export function findProblems(
  values: ChangeFormValues,
  questionnaire: RiskQuestionnaire,
): ChangeFormProblems {
  const problems: ChangeFormProblems = {};
  if (blank(values.title)) problems.title = 'A title is required';
  if (blank(values.description)) {
    problems.description = 'A description is required';
  }
  const start = Date.parse(values.start);
  const end = Date.parse(values.end);
  if (Number.isNaN(start)) problems.start = 'When the change starts';
  if (Number.isNaN(end)) problems.end = 'When the change ends';
  else if (end <= start) problems.end = 'The end must be after the start';
  if (values.model === 'standard') {
    if (!values.template) problems.template = 'Choose a standard change';
    return problems;
  }
  if (blank(values.reason)) problems.reason = 'Say why the change is needed';
  if (values.plan.length === 0 || values.plan.some(s => blank(s.title))) {
    problems.plan = 'Every step needs a title';
  }
  if (blank(values.backoutPlan)) {
    problems.backoutPlan = 'How to undo the change is required';
  }
  if (blank(values.testPlan)) {
    problems.testPlan = 'How to check the change is required';
  }
  const risk = assessRisk(questionnaire, riskInputOf(values.risk));
  if (!risk.ok) problems.risk = risk.reason;
  return problems;
}

/** The request body for the API; a standard change takes its template's plans. */
export function toCreateChangeRequest(
  values: ChangeFormValues,
  entityRef: string | undefined,
): CreateChangeRequest {
  const reason = values.reason.trim();
  const common = {
    title: values.title.trim(),
    description: values.description.trim(),
    entityRefs: [entityRef ?? values.entityRef].flatMap(ref =>
      ref ? [ref] : [],
    ),
    window: {
      start: new Date(values.start).toISOString(),
      end: new Date(values.end).toISOString(),
    },
  };
  if (values.model === 'standard') {
    return {
      ...common,
      model: 'standard',
      template: values.template,
      ...(reason ? { reason } : {}),
    };
  }
  return {
    ...common,
    model: values.model,
    changeType: values.changeType,
    reason,
    plan: values.plan.map(step => ({
      title: step.title.trim(),
      ...(step.owner ? { owner: step.owner } : {}),
    })),
    backoutPlan: values.backoutPlan.trim(),
    testPlan: values.testPlan.trim(),
    risk: riskInputOf(values.risk),
  };
}
