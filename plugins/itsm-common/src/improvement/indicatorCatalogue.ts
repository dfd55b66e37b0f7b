import { incidentIndicators } from './indicators/incidentIndicators';
import { problemIndicators } from './indicators/problemIndicators';
import { changeIndicators } from './indicators/changeIndicators';
import { releaseIndicators } from './indicators/releaseIndicators';
import { configurationIndicators } from './indicators/configurationIndicators';
import { serviceIndicators } from './indicators/serviceIndicators';
import { doraIndicators } from './indicators/doraIndicators';
import type { IndicatorDefinition } from './indicatorTypes';

/**
 * The indicator catalogue (§10.1.1): one definition per indicator, used by
 * the backend that computes the figures and the frontend that shows them.
 * A period is a calendar month (UTC) unless the computation says
 * otherwise; a record counts in the period of the event named.
 *
 * @public
 */
export const indicatorCatalogue = [
  ...incidentIndicators,
  ...problemIndicators,
  ...changeIndicators,
  ...releaseIndicators,
  ...configurationIndicators,
  ...serviceIndicators,
  ...doraIndicators,
] as const satisfies readonly IndicatorDefinition[];

/**
 * The id of an indicator of the catalogue.
 *
 * @public
 */
export type IndicatorId = (typeof indicatorCatalogue)[number]['id'];

const byId = new Map<string, IndicatorDefinition>(
  indicatorCatalogue.map(d => [d.id, d]),
);

/**
 * The definition of an indicator, or `undefined` for an id the catalogue
 * does not hold.
 *
 * @public
 */
export function indicatorDefinition(
  id: string,
): IndicatorDefinition | undefined {
  return byId.get(id);
}

/**
 * Whether a text is the id of an indicator of the catalogue.
 *
 * @public
 */
export function isIndicatorId(id: string): id is IndicatorId {
  return byId.has(id);
}
