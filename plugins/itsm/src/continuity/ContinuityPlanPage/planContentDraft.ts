import {
  ContinuityPhase,
  ContinuityPlan,
  ExerciseKind,
  UpdateContinuityPlanContentRequest,
} from '@backstage-itsm/plugin-itsm-common';

/** A measure as the edit dialog holds it; `key` tells rows apart. */
export type MeasureDraft = {
  key: string;
  id?: string;
  phase: ContinuityPhase;
  title: string;
  owner: string;
  /** YYYY-MM-DD */
  dueDate: string;
};

/** A procedure step as the edit dialog holds it (minutes as typed). */
export type StepDraft = {
  key: string;
  id?: string;
  title: string;
  role: string;
  expectedMinutes: string;
  runbookUrl: string;
};

/** A recurring drill as the edit dialog holds it; `start` as a local date and time. */
export type DrillDraft = {
  key: string;
  id?: string;
  title: string;
  kind: ExerciseKind | '';
  rrule: string;
  /** YYYY-MM-DDTHH:mm in UTC, as a datetime-local field shows it. */
  start: string;
};

/** Everything the plan content dialog edits. */
export type PlanContentDraft = {
  entityRefs: string[];
  measures: MeasureDraft[];
  procedure: StepDraft[];
  activation: {
    text: string;
    priorityAtOrAbove: '' | 'P1' | 'P2' | 'P3' | 'P4';
    majorIncident: boolean;
    coveredEntityAffected: boolean;
  };
  resources: { entityRefs: string[]; items: string[] };
  contacts: { refs: string[]; others: { name: string; reach: string }[] };
  schedule: DrillDraft[];
};

/**
 * The drill schedule's presets (§9.2.2(6)), as iCalendar RRULE values; a
 * plan may hold any other rule the backend accepts.
 */
export const drillPresets = {
  'FREQ=YEARLY': 'Yearly',
  'FREQ=MONTHLY;INTERVAL=6': 'Every 6 months',
  'FREQ=MONTHLY;INTERVAL=3': 'Quarterly',
} as const;

let counter = 0;
/** A key for a new row, unique in the page's lifetime. */
export const newKey = () => `new-${++counter}`;

/** `2026-01-15T09:00:00Z` as a datetime-local value in UTC. */
const localOf = (iso: string) => new Date(iso).toISOString().slice(0, 16);

/** A plan's content as the dialog starts from. */
export function draftOf(plan: ContinuityPlan): PlanContentDraft {
  const a = plan.activation ?? {};
  return {
    entityRefs: [...plan.entityRefs],
    measures: (plan.measures ?? []).map(m => ({
      key: m.id,
      id: m.id,
      phase: m.phase,
      title: m.title,
      owner: m.owner,
      dueDate: m.dueDate,
    })),
    procedure: (plan.procedure ?? []).map(s => ({
      key: s.id,
      id: s.id,
      title: s.title,
      role: s.role,
      expectedMinutes: String(s.expectedMinutes),
      runbookUrl: s.runbookUrl ?? '',
    })),
    activation: {
      text: a.text ?? '',
      priorityAtOrAbove: a.priorityAtOrAbove ?? '',
      majorIncident: a.majorIncident ?? false,
      coveredEntityAffected: a.coveredEntityAffected ?? false,
    },
    resources: {
      entityRefs: [...(plan.resources?.entityRefs ?? [])],
      items: [...(plan.resources?.items ?? [])],
    },
    contacts: {
      refs: [...(plan.contacts?.refs ?? [])],
      others: (plan.contacts?.others ?? []).map(c => ({ ...c })),
    },
    schedule: (plan.schedule ?? []).map(d => ({
      key: d.id,
      id: d.id,
      title: d.title,
      kind: d.kind ?? '',
      rrule: d.rrule,
      start: localOf(d.start),
    })),
  };
}

/**
 * The request that replaces the plan's content with the draft (every part
 * of it, so what was removed goes), on the version the dialog read.
 * Blank free items are dropped; numbers and dates are sent as typed, so
 * the backend names a bad one by its field.
 */
export function contentRequestOf(
  draft: PlanContentDraft,
  version: number,
): UpdateContinuityPlanContentRequest {
  const a = draft.activation;
  return {
    version,
    measures: draft.measures.map(m => ({
      ...(m.id ? { id: m.id } : {}),
      phase: m.phase,
      title: m.title.trim(),
      owner: m.owner,
      dueDate: m.dueDate,
    })),
    procedure: draft.procedure.map(s => ({
      ...(s.id ? { id: s.id } : {}),
      title: s.title.trim(),
      role: s.role.trim(),
      expectedMinutes: Number(s.expectedMinutes),
      ...(s.runbookUrl.trim() ? { runbookUrl: s.runbookUrl.trim() } : {}),
    })),
    activation: {
      ...(a.text.trim() ? { text: a.text.trim() } : {}),
      ...(a.priorityAtOrAbove
        ? { priorityAtOrAbove: a.priorityAtOrAbove }
        : {}),
      majorIncident: a.majorIncident,
      coveredEntityAffected: a.coveredEntityAffected,
    },
    resources: {
      entityRefs: draft.resources.entityRefs,
      items: draft.resources.items.map(i => i.trim()).filter(Boolean),
    },
    contacts: {
      refs: draft.contacts.refs,
      others: draft.contacts.others
        .map(c => ({ name: c.name.trim(), reach: c.reach.trim() }))
        .filter(c => c.name || c.reach),
    },
    schedule: draft.schedule.map(d => ({
      ...(d.id ? { id: d.id } : {}),
      title: d.title.trim(),
      ...(d.kind ? { kind: d.kind } : {}),
      rrule: d.rrule.trim(),
      start: d.start ? `${d.start}:00Z` : '',
    })),
  };
}

/** The list with the item at `index` moved by `delta` places, if it can be. */
export function moveItem<T>(
  list: readonly T[],
  index: number,
  delta: number,
): T[] {
  const to = index + delta;
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item);
  return next;
}

/** Where a refusal points, by the field its message starts with. */
const sectionLabels: Record<string, string> = {
  measures: 'Measures',
  procedure: 'Procedure',
  activation: 'Activation criteria',
  resources: 'Resources',
  contacts: 'Contacts',
  schedule: 'Drill schedule',
  entityRefs: 'Covered services',
};

/**
 * A refusal's message with the part of the dialog it names, e.g.
 * `Procedure: procedure[0].runbookUrl must be an http(s) URL`; the step or
 * row numbered from 1 as the dialog shows them.
 */
export function describeContentError(message: string): string {
  const match = /^(?:request\/body\/)?([a-zA-Z]+)(?:[[/.](\d+))?/.exec(message);
  const section = match && sectionLabels[match[1]];
  if (!section) return message;
  const row = match[2] !== undefined ? `, row ${Number(match[2]) + 1}` : '';
  return `${section}${row}: ${message}`;
}
