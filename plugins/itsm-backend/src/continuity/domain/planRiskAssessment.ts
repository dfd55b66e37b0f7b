import {
  annualLossExpectancy,
  ContinuityRiskLevel,
  isRiskRating,
  Priority,
  RiskMatrix,
  riskLevelOf,
  riskLevelPriorities,
  riskTreatmentLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { InputError } from '@backstage/errors';
import { FieldChange } from '../../core/domain/diffRecord';

/** The longest text of a risk's existing controls. */
export const MAX_CONTROLS = 4000;

/** The largest amount a risk's single loss expectancy may be. */
const MAX_AMOUNT = 1e15;

/**
 * A risk's assessment and treatment as a request sends them (§9.1.3(2),
 * (4)): each may be left out (unchanged) or, on an edit, null (cleared).
 */
export type RiskAssessmentInput = {
  likelihood?: number | null;
  impact?: number | null;
  singleLossExpectancy?: number | null;
  annualRateOfOccurrence?: number | null;
  existingControls?: string | null;
  treatment?: string | null;
  treatmentOwner?: string | null;
  treatmentDueDate?: string | null;
  reviewDate?: string | null;
};

/** The fields a request may set, in the order the timeline lists them. */
export const riskAssessmentFields = [
  'likelihood',
  'impact',
  'singleLossExpectancy',
  'annualRateOfOccurrence',
  'existingControls',
  'treatment',
  'treatmentOwner',
  'treatmentDueDate',
  'reviewDate',
] as const;

/** What the assessment derives: the level, the loss expectancy, its currency. */
const derivedFields = ['level', 'annualLossExpectancy', 'currency'] as const;

/** A risk's own fields as the record keeps them. */
export type RiskFields = Partial<
  Record<(typeof riskAssessmentFields)[number], string | number> & {
    level: ContinuityRiskLevel;
    annualLossExpectancy: number;
    currency: string;
  }
>;

/** How risks are rated here: the matrix and the currency of amounts. */
export type RiskRating = { matrix: RiskMatrix; currency: string };

function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The value of one field as stored, or undefined to clear it; 400 naming it. */
function checkField(
  field: (typeof riskAssessmentFields)[number],
  value: unknown,
): string | number | undefined {
  if (value === null) return undefined;
  switch (field) {
    case 'likelihood':
    case 'impact':
      if (!isRiskRating(value)) {
        throw new InputError(
          `${field} must be a whole number from 1 to 5, not ${JSON.stringify(
            value,
          )}`,
        );
      }
      return value;
    case 'singleLossExpectancy':
    case 'annualRateOfOccurrence':
      if (
        typeof value !== 'number' ||
        !Number.isFinite(value) ||
        value < 0 ||
        value > (field === 'singleLossExpectancy' ? MAX_AMOUNT : 1000)
      ) {
        throw new InputError(
          `${field} must be a number from 0 to ${
            field === 'singleLossExpectancy' ? MAX_AMOUNT : 1000
          }, not ${JSON.stringify(value)}`,
        );
      }
      return value;
    case 'existingControls': {
      if (typeof value !== 'string' || value.length > MAX_CONTROLS) {
        throw new InputError(
          `existingControls must be a text of at most ${MAX_CONTROLS} characters`,
        );
      }
      return value.trim() || undefined;
    }
    case 'treatment': {
      const keys = Object.keys(riskTreatmentLabels);
      if (typeof value !== 'string' || !keys.includes(value)) {
        throw new InputError(
          `treatment must be one of ${keys.join(', ')}, not ${JSON.stringify(
            value,
          )}`,
        );
      }
      return value;
    }
    case 'treatmentOwner': {
      const ref = typeof value === 'string' ? value.trim().toLowerCase() : '';
      if (!/^(user|group):[^/:\s]+\/[^/:\s]+$/.test(ref)) {
        throw new InputError(
          `treatmentOwner must be a user or group entity ref like group:default/payments-team, not ${JSON.stringify(
            value,
          )}`,
        );
      }
      return ref;
    }
    case 'treatmentDueDate':
    case 'reviewDate':
      if (typeof value !== 'string' || !isDay(value)) {
        throw new InputError(
          `${field} must be a date like 2027-03-31, not ${JSON.stringify(
            value,
          )}`,
        );
      }
      return value;
    default:
      return undefined;
  }
}

/**
 * A risk's fields after an assessment or an edit: each field the input
 * names checked (a 400 naming the first bad one), then the level from the
 * matrix, the annual loss expectancy from the amounts (in the configured
 * currency) and the priority the level gives; with the changes for the
 * timeline, derived ones included. `current` is what the record has now
 * (nothing for a new risk).
 */
export function planRiskAssessment(options: {
  input: RiskAssessmentInput;
  current: RiskFields;
  rating: RiskRating;
}): { fields: RiskFields; priority?: Priority; changes: FieldChange[] } {
  const { input, current, rating } = options;
  const fields: Record<string, string | number | undefined> = { ...current };
  for (const field of riskAssessmentFields) {
    if (input[field] === undefined) continue;
    fields[field] = checkField(field, input[field]);
  }
  fields.level = riskLevelOf(
    fields.likelihood as number | undefined,
    fields.impact as number | undefined,
    rating.matrix,
  );
  fields.annualLossExpectancy = annualLossExpectancy(
    fields.singleLossExpectancy as number | undefined,
    fields.annualRateOfOccurrence as number | undefined,
  );
  const amounts =
    fields.singleLossExpectancy !== undefined ||
    fields.annualRateOfOccurrence !== undefined;
  fields.currency = amounts ? current.currency ?? rating.currency : undefined;
  const changes: FieldChange[] = [];
  for (const field of [...riskAssessmentFields, ...derivedFields]) {
    const from = current[field];
    const to = fields[field];
    if (from !== to) {
      changes.push({ field, from: from ?? null, to: to ?? null });
    }
    if (to === undefined) delete fields[field];
  }
  const level = fields.level as ContinuityRiskLevel | undefined;
  return {
    fields: fields as RiskFields,
    priority: level ? riskLevelPriorities[level] : undefined,
    changes,
  };
}

/** The own fields of a risk's record, as the record keeps them. */
export function riskFieldsOf(fields: Record<string, unknown>): RiskFields {
  const own: Record<string, unknown> = {};
  for (const field of [...riskAssessmentFields, ...derivedFields]) {
    if (fields[field] !== undefined && fields[field] !== null) {
      own[field] = fields[field];
    }
  }
  return own as RiskFields;
}
