import type { Priority } from '../priorities';
import { ContinuityRiskLevel, continuityRiskLevelLabels } from './riskFields';

/**
 * How likely a risk is to occur (§9.1.3(2)), 1 to 5, by its label.
 *
 * @public
 */
export const riskLikelihoodLabels: Record<number, string> = {
  1: 'Rare',
  2: 'Unlikely',
  3: 'Possible',
  4: 'Likely',
  5: 'Almost certain',
};

/**
 * How hard a risk would hit the services (§9.1.3(2)), 1 to 5, by its label.
 *
 * @public
 */
export const riskImpactLabels: Record<number, string> = {
  1: 'Negligible',
  2: 'Minor',
  3: 'Moderate',
  4: 'Major',
  5: 'Severe',
};

/**
 * The qualitative risk matrix: `matrix[likelihood - 1][impact - 1]` is the
 * level of a risk rated so (five rows of five levels, likelihood 1 first,
 * impact 1 first in each row).
 *
 * @public
 */
export type RiskMatrix = readonly (readonly ContinuityRiskLevel[])[];

/**
 * The default matrix, by the product of likelihood and impact: up to 4
 * low, 5 to 9 medium, 10 to 14 high, 15 and more critical.
 *
 * @public
 */
export const defaultRiskMatrix: RiskMatrix = [
  ['low', 'low', 'low', 'low', 'medium'],
  ['low', 'low', 'medium', 'medium', 'high'],
  ['low', 'medium', 'medium', 'high', 'critical'],
  ['low', 'medium', 'high', 'critical', 'critical'],
  ['medium', 'high', 'critical', 'critical', 'critical'],
];

/**
 * Whether a value is a rating of the matrix's scales: a whole 1 to 5.
 *
 * @public
 */
export function isRiskRating(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 1 &&
    value <= 5
  );
}

/**
 * The level of a risk of this likelihood and impact (each 1 to 5) in the
 * matrix; undefined while either is not rated. The backend stores it and
 * the heat map colours its cells by it: one rule, two users.
 *
 * @public
 */
export function riskLevelOf(
  likelihood: number | undefined,
  impact: number | undefined,
  matrix: RiskMatrix = defaultRiskMatrix,
): ContinuityRiskLevel | undefined {
  if (!isRiskRating(likelihood) || !isRiskRating(impact)) return undefined;
  return matrix[likelihood - 1][impact - 1];
}

/**
 * A risk matrix from configuration (`itsm.continuity.riskMatrix`): five
 * rows of five levels; an error naming the setting and the first bad cell
 * otherwise.
 *
 * @public
 */
export function checkRiskMatrix(value: unknown, setting: string): RiskMatrix {
  const levels = Object.keys(continuityRiskLevelLabels);
  if (!Array.isArray(value) || value.length !== 5) {
    throw new Error(
      `${setting} must be five rows (likelihood 1 to 5) of five levels (impact 1 to 5)`,
    );
  }
  value.forEach((row, l) => {
    if (!Array.isArray(row) || row.length !== 5) {
      throw new Error(
        `${setting}[${l}] (likelihood ${l + 1}) must be five levels`,
      );
    }
    row.forEach((cell, i) => {
      if (!levels.includes(cell)) {
        throw new Error(
          `${setting}[${l}][${i}] must be one of ${levels.join(
            ', ',
          )}, not '${cell}'`,
        );
      }
    });
  });
  return value as RiskMatrix;
}

/**
 * The priority a risk's record takes from its level, so that queues sort
 * risks with the rest: critical P1, high P2, medium P3, low P4.
 *
 * @public
 */
export const riskLevelPriorities: Record<ContinuityRiskLevel, Priority> = {
  critical: 'P1',
  high: 'P2',
  medium: 'P3',
  low: 'P4',
};

/**
 * The annual loss expectancy (semi-quantitative, §9.1.3(2)): the single
 * loss expectancy times the annual rate of occurrence, to the cent;
 * undefined unless both amounts are given.
 *
 * @public
 */
export function annualLossExpectancy(
  singleLossExpectancy: number | undefined,
  annualRateOfOccurrence: number | undefined,
): number | undefined {
  if (
    typeof singleLossExpectancy !== 'number' ||
    typeof annualRateOfOccurrence !== 'number'
  ) {
    return undefined;
  }
  return Math.round(singleLossExpectancy * annualRateOfOccurrence * 100) / 100;
}

/**
 * What a risk is ranked by in the register.
 *
 * @public
 */
export type RankedRiskFields = {
  ref: string;
  level?: ContinuityRiskLevel;
  annualLossExpectancy?: number;
  likelihood?: number;
  impact?: number;
};

const levelRank = (level: ContinuityRiskLevel | undefined) =>
  level === undefined
    ? -1
    : Object.keys(continuityRiskLevelLabels).indexOf(level);

const refNumber = (ref: string) => Number(ref.replace(/^\D+-/, '')) || 0;

/**
 * The order of the ranked risk register (§9.1.3(4)): the highest level
 * first, then the larger annual loss expectancy, then the larger product
 * of likelihood and impact; unrated risks last, then the oldest first.
 *
 * @public
 */
export function compareRisks(a: RankedRiskFields, b: RankedRiskFields): number {
  return (
    levelRank(b.level) - levelRank(a.level) ||
    (b.annualLossExpectancy ?? -1) - (a.annualLossExpectancy ?? -1) ||
    (b.likelihood ?? 0) * (b.impact ?? 0) -
      (a.likelihood ?? 0) * (a.impact ?? 0) ||
    refNumber(a.ref) - refNumber(b.ref)
  );
}
