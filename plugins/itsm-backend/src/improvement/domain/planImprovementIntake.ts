import {
  improvementSourceLabels,
  isIndicatorId,
} from '@backstage-itsm/plugin-itsm-common';
import { InputError } from '@backstage/errors';
import { ImprovementIntakeInput } from './improvementIntakeInput';

/**
 * The fields a new improvement item keeps (§10.2.2): its source (by hand
 * when not said), the benefit expected, the indicator of the catalogue it
 * should move with its baseline and target, and its due date. A baseline
 * or target needs an indicator; an unknown indicator or source is a 400
 * naming the field. (The contract has checked the types and lengths.)
 */
export function planImprovementIntake(input: ImprovementIntakeInput): {
  fields: Record<string, unknown>;
} {
  const source = input.source ?? 'manual';
  if (!(source in improvementSourceLabels)) {
    throw new InputError(`source '${source}' is not a source of improvements`);
  }
  if (input.indicatorId !== undefined && !isIndicatorId(input.indicatorId)) {
    throw new InputError(
      `indicatorId '${input.indicatorId}' is not an indicator of the catalogue`,
    );
  }
  for (const field of ['baseline', 'target'] as const) {
    if (input[field] !== undefined && input.indicatorId === undefined) {
      throw new InputError(`${field} needs the indicatorId it is a figure of`);
    }
  }
  if (source !== 'manual' && !input.sourceRef?.trim()) {
    throw new InputError(
      `sourceRef must name the ${improvementSourceLabels[
        source
      ].toLowerCase()} the item came from`,
    );
  }
  const fields: Record<string, unknown> = { source };
  for (const key of [
    'sourceRef',
    'expectedBenefit',
    'indicatorId',
    'baseline',
    'target',
    'dueDate',
  ] as const) {
    const value = input[key];
    if (value !== undefined) fields[key] = value;
  }
  return { fields };
}
