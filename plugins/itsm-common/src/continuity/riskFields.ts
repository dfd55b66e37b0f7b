/**
 * The six areas of risk of §9.1.2, by their labels.
 *
 * @public
 */
export const riskAreaLabels = {
  hardware: 'Hardware',
  software: 'Software and applications',
  network: 'Network',
  data: 'Data',
  people: 'People and management',
  external: 'External environment',
} as const;

/** @public */
export type RiskArea = keyof typeof riskAreaLabels;

/**
 * How a risk is treated (§9.1.3(4)), by its label.
 *
 * @public
 */
export const riskTreatmentLabels = {
  accept: 'Accept',
  reduce: 'Reduce',
  transfer: 'Transfer',
  avoid: 'Avoid',
} as const;

/** @public */
export type RiskTreatment = keyof typeof riskTreatmentLabels;

/**
 * The levels a continuity risk is ranked by (§9.1.3(4)), lowest first
 * (a change's risk has three, `riskLevelLabels`).
 *
 * @public
 */
export const continuityRiskLevelLabels = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
} as const;

/** @public */
export type ContinuityRiskLevel = keyof typeof continuityRiskLevelLabels;
