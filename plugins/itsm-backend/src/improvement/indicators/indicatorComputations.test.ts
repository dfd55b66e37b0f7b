import {
  IndicatorDefinition,
  indicatorCatalogue,
} from '@backstage-itsm/plugin-itsm-common';
import { indicatorComputations } from './indicatorComputations';

/**
 * The indicators whose computations other slices of issue 21 write in
 * their own files; empty once they are merged.
 */
const pendingIndicators: string[] = [
  'satisfaction-rating',
  'survey-response-rate',
  'change-volume',
  'change-success-rate',
  'emergency-change-share',
  'changes-causing-incidents',
  'unauthorised-ci-changes',
  'change-accepted-in-time',
  'release-on-time',
  'release-rolled-back',
  'release-failed-verifications',
  'ci-with-owner',
  'ci-with-class',
  'ci-with-support-group',
  'ci-stale',
  'services-with-approved-plan',
  'drills-on-schedule',
  'drills-within-rto',
  'group-trained-share',
  'deployment-frequency',
  'lead-time-for-changes',
  'change-failure-rate',
  'time-to-restore',
];

describe('indicatorComputations', () => {
  it('has a computation for every indicator of the catalogue', () => {
    const missing = indicatorCatalogue
      .map(d => d.id)
      .filter(id => !indicatorComputations.has(id))
      .filter(id => !pendingIndicators.includes(id));
    expect(missing).toEqual([]);
  });

  it('computes only indicators of the catalogue, each with the breakdowns its definition names', () => {
    const wrong = [...indicatorComputations].flatMap(([id, computation]) => {
      const definition: IndicatorDefinition | undefined =
        indicatorCatalogue.find(d => d.id === id);
      if (!definition) return [`${id}: not in the catalogue`];
      return [
        ...(computation.id === id ? [] : [`${id}: computes ${computation.id}`]),
        ...(definition.breakdowns.length > 0 && !computation.breakdown
          ? [`${id}: no breakdown`]
          : []),
        ...(definition.records && !computation.records
          ? [`${id}: no records`]
          : []),
      ];
    });
    expect(wrong).toEqual([]);
  });
});
