import { entityRefName } from '../entityRefName';
import type {
  ContinuityMeasure,
  ContinuityPlanContent,
  ContinuityDrill,
} from '../types';
import {
  continuityPhaseLabels,
  ContinuityProcedureStep as ProcedureStepSchema,
} from './continuityPlanFields';

/**
 * The parts of a plan's content, by their labels, in the order a
 * comparison lists them.
 *
 * @public
 */
export const continuityPlanPartLabels = {
  entityRefs: 'Covers',
  measures: 'Measures',
  procedure: 'Procedure',
  activation: 'Activation criteria',
  resources: 'Resources and tools',
  contacts: 'Who to inform',
  schedule: 'Drill schedule',
} as const;

/** @public */
export type ContinuityPlanPart = keyof typeof continuityPlanPartLabels;

/**
 * One difference between two versions of a plan's content: an item added,
 * removed or changed in a part, in words (`before` and `after` are what
 * each version says of it).
 *
 * @public
 */
export type ContinuityPlanDifference = {
  part: ContinuityPlanPart;
  kind: 'added' | 'removed' | 'changed' | 'moved';
  /** What the difference is about: a measure's or step's title, a field. */
  item: string;
  before?: string;
  after?: string;
};

/** A measure in words: its owner by catalog name, not by ref. */
const measureText = (m: ContinuityMeasure) =>
  `${continuityPhaseLabels[m.phase]}: ${m.title} (owner ${entityRefName(
    m.owner,
  )}, due ${m.dueDate})`;
const stepText = (s: ProcedureStepSchema) =>
  `${s.title} (${s.role}, ${s.expectedMinutes} min${
    s.runbookUrl ? `, runbook ${s.runbookUrl}` : ''
  })`;
const drillText = (d: ContinuityDrill) =>
  `${d.title}: ${d.rrule} from ${d.start}${d.kind ? ` (${d.kind})` : ''}`;

/** Items of a list compared by id: added, removed, changed, moved. */
function diffById<T extends { id: string }>(
  part: ContinuityPlanPart,
  before: readonly T[] | undefined,
  after: readonly T[] | undefined,
  text: (item: T) => string,
  title: (item: T) => string,
  ordered: boolean,
): ContinuityPlanDifference[] {
  const from = before ?? [];
  const to = after ?? [];
  const out: ContinuityPlanDifference[] = [];
  for (const item of from) {
    if (!to.some(t => t.id === item.id)) {
      out.push({
        part,
        kind: 'removed',
        item: title(item),
        before: text(item),
      });
    }
  }
  const kept = from.filter(f => to.some(t => t.id === f.id)).map(f => f.id);
  const keptAfter = to.filter(t => kept.includes(t.id)).map(t => t.id);
  to.forEach(item => {
    const old = from.find(f => f.id === item.id);
    if (!old) {
      out.push({ part, kind: 'added', item: title(item), after: text(item) });
    } else if (text(old) !== text(item)) {
      out.push({
        part,
        kind: 'changed',
        item: title(old),
        before: text(old),
        after: text(item),
      });
    } else if (
      ordered &&
      kept.indexOf(item.id) !== keptAfter.indexOf(item.id)
    ) {
      out.push({
        part,
        kind: 'moved',
        item: title(item),
        before: `step ${from.indexOf(old) + 1}`,
        after: `step ${to.indexOf(item) + 1}`,
      });
    }
  });
  return out;
}

/** Two texts of one field compared: changed, added or removed. */
function diffText(
  part: ContinuityPlanPart,
  item: string,
  before: string | undefined,
  after: string | undefined,
): ContinuityPlanDifference[] {
  if ((before ?? '') === (after ?? '')) return [];
  if (!before) return [{ part, kind: 'added', item, after }];
  if (!after) return [{ part, kind: 'removed', item, before }];
  return [{ part, kind: 'changed', item, before, after }];
}

/** Two lists of names compared: each one added or removed. */
function diffSet(
  part: ContinuityPlanPart,
  item: string,
  before: readonly string[] | undefined,
  after: readonly string[] | undefined,
): ContinuityPlanDifference[] {
  const from = before ?? [];
  const to = after ?? [];
  return [
    ...from
      .filter(x => !to.includes(x))
      .map(x => ({ part, kind: 'removed' as const, item, before: x })),
    ...to
      .filter(x => !from.includes(x))
      .map(x => ({ part, kind: 'added' as const, item, after: x })),
  ];
}

const yesNo = (value: boolean | undefined) => (value ? 'yes' : undefined);

/**
 * What changed from one version of a plan's content to another (an
 * approved version and the next, or the draft): part by part, measures,
 * steps and drills by their ids (a step that moved is said so), the rest
 * field by field. Empty when they say the same.
 *
 * @public
 */
export function diffContinuityPlanContent(
  before: ContinuityPlanContent,
  after: ContinuityPlanContent,
): ContinuityPlanDifference[] {
  const a = before.activation ?? {};
  const b = after.activation ?? {};
  return [
    ...diffSet('entityRefs', 'entity', before.entityRefs, after.entityRefs),
    ...diffById(
      'measures',
      before.measures,
      after.measures,
      measureText,
      m => m.title,
      false,
    ),
    ...diffById(
      'procedure',
      before.procedure,
      after.procedure,
      stepText,
      s => s.title,
      true,
    ),
    ...diffText('activation', 'in words', a.text, b.text),
    ...diffText(
      'activation',
      'priority at or above',
      a.priorityAtOrAbove,
      b.priorityAtOrAbove,
    ),
    ...diffText(
      'activation',
      'a major incident',
      yesNo(a.majorIncident),
      yesNo(b.majorIncident),
    ),
    ...diffText(
      'activation',
      'a covered entity affected',
      yesNo(a.coveredEntityAffected),
      yesNo(b.coveredEntityAffected),
    ),
    ...diffSet(
      'resources',
      'catalog entity',
      before.resources?.entityRefs,
      after.resources?.entityRefs,
    ),
    ...diffSet(
      'resources',
      'item',
      before.resources?.items,
      after.resources?.items,
    ),
    ...diffSet(
      'contacts',
      'person or group',
      before.contacts?.refs,
      after.contacts?.refs,
    ),
    ...diffSet(
      'contacts',
      'contact',
      before.contacts?.others?.map(c => `${c.name} (${c.reach})`),
      after.contacts?.others?.map(c => `${c.name} (${c.reach})`),
    ),
    ...diffById(
      'schedule',
      before.schedule,
      after.schedule,
      drillText,
      d => d.title,
      false,
    ),
  ];
}
