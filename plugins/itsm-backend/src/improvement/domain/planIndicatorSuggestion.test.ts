import { indicatorDefinition } from '@backstage-itsm/plugin-itsm-common';
import { planIndicatorSuggestion } from './planIndicatorSuggestion';

const definition = indicatorDefinition('incident-reopen-rate')!;
const month = (period: string, value: number, missed: boolean) => ({
  period,
  figure: { value },
  target: { target: 5 },
  missesTarget: missed,
});

describe('planIndicatorSuggestion', () => {
  it('proposes an item after the configured months all missed the target', () => {
    const input = planIndicatorSuggestion({
      definition,
      series: [
        month('2026-09', 8, true),
        month('2026-10', 9, true),
        month('2026-11', 11, true),
      ],
      periods: 3,
      owner: 'group:default/service-managers',
    });
    expect(input).toMatchObject({
      entityRefs: [],
      owner: 'group:default/service-managers',
      source: 'indicator',
      sourceRef: 'incident-reopen-rate',
      indicatorId: 'incident-reopen-rate',
      baseline: 11,
      target: 5,
    });
    expect(input?.description).toContain('2026-09: 8, 2026-10: 9, 2026-11: 11');
  });

  it('proposes nothing when one month met it or a month is missing', () => {
    const owner = 'group:default/service-managers';
    expect(
      planIndicatorSuggestion({
        definition,
        series: [
          month('2026-09', 8, true),
          month('2026-10', 2, false),
          month('2026-11', 11, true),
        ],
        periods: 3,
        owner,
      }),
    ).toBeUndefined();
    expect(
      planIndicatorSuggestion({
        definition,
        series: [month('2026-11', 11, true)],
        periods: 3,
        owner,
      }),
    ).toBeUndefined();
  });
});
