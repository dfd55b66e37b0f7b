import {
  ContinuityDrill,
  ContinuityMeasure,
  ContinuityProcedureStep,
} from '@backstage-itsm/plugin-itsm-common';
import { InputError } from '@backstage/errors';
import { requiredText } from '../../core/domain/intakeChecks';
import {
  ContinuityPlanContentInput,
  continuityPlanContentParts,
} from './continuityPlanContentInput';
import { drillRruleProblem } from './planDrillSchedule';

/** A user or group entity ref, normalised; the kind checked. */
function personOrGroup(ref: string, field: string): string {
  const normalised = ref.trim().toLocaleLowerCase('en-US');
  if (!/^(user|group):[^/:\s]+\/[^/:\s]+$/.test(normalised)) {
    throw new InputError(
      `${field} must be a user or group entity ref like group:default/payments-team, not '${ref}'`,
    );
  }
  return normalised;
}

/** Ids given in a list: each one once. */
function checkUniqueIds(
  items: readonly { id?: string }[],
  field: string,
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (item.id === undefined) return;
    if (seen.has(item.id)) {
      throw new InputError(`${field}[${i}].id '${item.id}' is given twice`);
    }
    seen.add(item.id);
  });
}

function checkUrl(url: string, field: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new InputError(`${field} must be an http or https URL, not '${url}'`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new InputError(`${field} must be an http or https URL, not '${url}'`);
  }
  return parsed.toString();
}

function checkDate(value: string, field: string): string {
  const time = Date.parse(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !Number.isFinite(time)) {
    throw new InputError(`${field} must be a date like 2027-03-31`);
  }
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * The content a plan has after an edit of its parts (§9.2.2(1)-(6)): the
 * parts the request names replace the plan's, checked; the rest stay.
 * Measures, steps and drills keep their ids (a new one gets `newId()`), so
 * a measure done stays done unless its title, owner or due date change.
 * Catalog refs are checked against the catalog before (the service); here
 * their kinds and everything else. Returns the new fields and the parts
 * that changed.
 */
export function planContinuityPlanContent(options: {
  fields: Record<string, unknown>;
  input: ContinuityPlanContentInput;
  newId: () => string;
}): { fields: Record<string, unknown>; parts: string[] } {
  const { input, newId } = options;
  const fields = { ...options.fields };
  if (input.measures) {
    checkUniqueIds(input.measures, 'measures');
    const previous = (fields.measures ?? []) as ContinuityMeasure[];
    fields.measures = input.measures.map((m, i): ContinuityMeasure => {
      const field = `measures[${i}]`;
      const measure = {
        id: m.id ?? newId(),
        phase: m.phase,
        title: requiredText(m.title, `${field}.title`),
        owner: personOrGroup(m.owner, `${field}.owner`),
        dueDate: checkDate(m.dueDate, `${field}.dueDate`),
      };
      const old = previous.find(p => p.id === measure.id) as
        | (ContinuityMeasure & { remindedFor?: string })
        | undefined;
      const told =
        old?.remindedFor === measure.dueDate
          ? { remindedFor: old.remindedFor }
          : {};
      const same =
        old &&
        old.title === measure.title &&
        old.owner === measure.owner &&
        old.dueDate === measure.dueDate;
      return same && old.doneAt
        ? { ...measure, doneBy: old.doneBy, doneAt: old.doneAt }
        : { ...measure, ...told };
    });
  }
  if (input.procedure) {
    checkUniqueIds(input.procedure, 'procedure');
    fields.procedure = input.procedure.map((s, i): ContinuityProcedureStep => {
      const field = `procedure[${i}]`;
      return {
        id: s.id ?? newId(),
        title: requiredText(s.title, `${field}.title`),
        role: requiredText(s.role, `${field}.role`),
        expectedMinutes: s.expectedMinutes,
        ...(s.runbookUrl?.trim()
          ? { runbookUrl: checkUrl(s.runbookUrl, `${field}.runbookUrl`) }
          : {}),
      };
    });
  }
  if (input.activation) {
    const a = input.activation;
    fields.activation = {
      ...(a.text?.trim() ? { text: a.text.trim() } : {}),
      ...(a.priorityAtOrAbove
        ? { priorityAtOrAbove: a.priorityAtOrAbove }
        : {}),
      ...(a.majorIncident ? { majorIncident: true } : {}),
      ...(a.coveredEntityAffected ? { coveredEntityAffected: true } : {}),
    };
  }
  if (input.resources) {
    fields.resources = {
      entityRefs: [...new Set(input.resources.entityRefs ?? [])],
      items: (input.resources.items ?? []).map((item, i) =>
        requiredText(item, `resources.items[${i}]`),
      ),
    };
  }
  if (input.contacts) {
    fields.contacts = {
      refs: [
        ...new Set(
          (input.contacts.refs ?? []).map((ref, i) =>
            personOrGroup(ref, `contacts.refs[${i}]`),
          ),
        ),
      ],
      others: (input.contacts.others ?? []).map((c, i) => ({
        name: requiredText(c.name, `contacts.others[${i}].name`),
        reach: requiredText(c.reach, `contacts.others[${i}].reach`),
      })),
    };
  }
  if (input.schedule) {
    checkUniqueIds(input.schedule, 'schedule');
    fields.schedule = input.schedule.map(
      (d, i): Omit<ContinuityDrill, 'nextDates'> => {
        const field = `schedule[${i}]`;
        const rrule = d.rrule.trim().replace(/^RRULE:/i, '');
        const problem = drillRruleProblem(rrule, d.start);
        if (problem) throw new InputError(`${field}.rrule: ${problem}`);
        return {
          id: d.id ?? newId(),
          title: requiredText(d.title, `${field}.title`),
          ...(d.kind ? { kind: d.kind } : {}),
          rrule,
          start: new Date(d.start).toISOString(),
        };
      },
    );
  }
  const parts = continuityPlanContentParts.filter(
    part =>
      input[part] !== undefined &&
      JSON.stringify(fields[part] ?? null) !==
        JSON.stringify(options.fields[part] ?? null),
  );
  return { fields, parts };
}
