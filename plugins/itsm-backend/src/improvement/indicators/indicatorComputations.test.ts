import {
  IndicatorDefinition,
  indicatorCatalogue,
} from '@backstage-itsm/plugin-itsm-common';
import { allIndicatorComputations } from './indicatorComputations';

const indicatorComputations = allIndicatorComputations({
  groupMembers: async () => [],
});

describe('indicatorComputations', () => {
  it('has a computation for every indicator of the catalogue', () => {
    const missing = indicatorCatalogue
      .map(d => d.id)
      .filter(id => !indicatorComputations.has(id));
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
