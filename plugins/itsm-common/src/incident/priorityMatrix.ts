import { isPriority, Priority } from '../priorities';
import { ImpactLevel, impactLevels } from './incidentFields';

/**
 * Priority by impact (rows) and urgency (columns), as configured in
 * `itsm.incidents.priorityMatrix`.
 *
 * @public
 */
export type PriorityMatrix = Record<ImpactLevel, Record<ImpactLevel, Priority>>;

/**
 * The usual matrix: high impact and high urgency is P1; each step down in
 * either lowers the priority.
 *
 * @public
 */
export const defaultPriorityMatrix: PriorityMatrix = {
  high: { high: 'P1', medium: 'P2', low: 'P3' },
  medium: { high: 'P2', medium: 'P3', low: 'P4' },
  low: { high: 'P3', medium: 'P4', low: 'P4' },
};

/**
 * The priority an incident gets from its impact and urgency.
 *
 * @public
 */
export function derivePriority(
  matrix: PriorityMatrix,
  impact: ImpactLevel,
  urgency: ImpactLevel,
): Priority {
  return matrix[impact][urgency];
}

/**
 * Reads a priority matrix from configuration data, filling what is not
 * configured from the default; throws naming the cell that is not a
 * priority.
 *
 * @public
 */
export function readPriorityMatrix(value: unknown): PriorityMatrix {
  const matrix = JSON.parse(
    JSON.stringify(defaultPriorityMatrix),
  ) as PriorityMatrix;
  if (value === undefined || value === null) {
    return matrix;
  }
  for (const impact of impactLevels) {
    const row = (value as Record<string, unknown>)[impact];
    if (row === undefined) continue;
    for (const urgency of impactLevels) {
      const cell = (row as Record<string, unknown>)[urgency];
      if (cell === undefined) continue;
      if (!isPriority(cell)) {
        throw new Error(
          `itsm.incidents.priorityMatrix.${impact}.${urgency} must be one of P1, P2, P3, P4, not ${JSON.stringify(
            cell,
          )}`,
        );
      }
      matrix[impact][urgency] = cell;
    }
  }
  return matrix;
}
