import type { UpdateContinuityPlanContentRequest } from '@backstage-itsm/plugin-itsm-common';

/** A change of a plan's content, as the contract lets it through. */
export type ContinuityPlanContentInput = Omit<
  UpdateContinuityPlanContentRequest,
  'version'
>;

/** The content parts a request may replace, in the order they are shown. */
export const continuityPlanContentParts = [
  'measures',
  'procedure',
  'activation',
  'resources',
  'contacts',
  'schedule',
] as const;
