import { isIndicatorId } from '@backstage-itsm/plugin-itsm-common';
import { InputError } from '@backstage/errors';
import { FieldChange } from '../../core/domain/diffRecord';
import { planContinuityOwner } from '../../continuity';

/**
 * The improvement item's own fields an edit may carry (§10.2.2); null
 * clears one (the owner cannot be cleared).
 */
export type ImprovementEditInput = {
  owner?: string;
  expectedBenefit?: string | null;
  indicatorId?: string | null;
  baseline?: number | null;
  target?: number | null;
  dueDate?: string | null;
};

/** The fields of an item an edit may change, in the timeline's order. */
export const improvementEditFields = [
  'owner',
  'expectedBenefit',
  'indicatorId',
  'baseline',
  'target',
  'dueDate',
] as const;

/**
 * What an edit of an improvement item's own fields changes: the fields as
 * they will be, each change for the timeline, the owner's columns (a group
 * owner is the assignment group, a user the assignee) and whether the
 * baseline is to be taken from the indicator (a new indicator named
 * without a baseline). A baseline or target needs an indicator; an
 * unknown indicator is a 400 naming the field.
 */
export function planImprovementEdit(options: {
  fields: Record<string, unknown>;
  input: ImprovementEditInput;
}): {
  fields: Record<string, unknown>;
  changes: FieldChange[];
  owner?: { assignmentGroup: string | null; assignee: string | null };
  fillBaseline: boolean;
} {
  const { input } = options;
  const fields = { ...options.fields };
  if (
    input.indicatorId !== undefined &&
    input.indicatorId !== null &&
    !isIndicatorId(input.indicatorId)
  ) {
    throw new InputError(
      `indicatorId '${input.indicatorId}' is not an indicator of the catalogue`,
    );
  }
  let owner;
  if (input.owner !== undefined) {
    const planned = planContinuityOwner(input.owner, undefined);
    fields.owner = planned.owner;
    owner = {
      assignmentGroup: planned.assignmentGroup ?? null,
      assignee: planned.assignee ?? null,
    };
  }
  for (const key of improvementEditFields) {
    if (key === 'owner') continue;
    const value = input[key];
    if (value === undefined) continue;
    if (value === null) delete fields[key];
    else fields[key] = key === 'expectedBenefit' ? String(value).trim() : value;
  }
  const indicatorChanged =
    input.indicatorId !== undefined &&
    (input.indicatorId ?? undefined) !== options.fields.indicatorId;
  // A new indicator's figures are not the old one's.
  if (indicatorChanged && input.baseline === undefined) delete fields.baseline;
  if (indicatorChanged && input.target === undefined) delete fields.target;
  if (fields.indicatorId === undefined) {
    for (const field of ['baseline', 'target'] as const) {
      if (input[field] !== undefined && input[field] !== null) {
        throw new InputError(
          `${field} needs the indicatorId it is a figure of`,
        );
      }
      delete fields[field];
    }
  }
  const changes: FieldChange[] = improvementEditFields.flatMap(field =>
    fields[field] === options.fields[field]
      ? []
      : [
          {
            field,
            from: options.fields[field] ?? null,
            to: fields[field] ?? null,
          },
        ],
  );
  return {
    fields,
    changes,
    ...(owner && fields.owner !== options.fields.owner ? { owner } : {}),
    fillBaseline:
      indicatorChanged &&
      fields.indicatorId !== undefined &&
      fields.baseline === undefined,
  };
}
