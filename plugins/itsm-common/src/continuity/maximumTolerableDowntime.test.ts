import { maximumTolerableDowntime } from './maximumTolerableDowntime';
import { ImpactRating } from './impactAnalysisFields';

const r = (
  category: ImpactRating['category'],
  afterMinutes: number,
  rating: number,
): ImpactRating => ({ category, afterMinutes, rating });

describe('maximumTolerableDowntime', () => {
  it('is the first point rated 4 or more in any category', () => {
    expect(
      maximumTolerableDowntime([
        r('financial', 60, 2),
        r('financial', 240, 3),
        r('financial', 1440, 5),
        r('customers', 60, 1),
        r('customers', 240, 4),
      ]),
    ).toBe(240);
  });

  it('does not depend on the order the ratings come in', () => {
    const ratings = [
      r('legal', 4320, 4),
      r('operations', 1440, 4),
      r('reputation', 60, 3),
    ];
    expect(maximumTolerableDowntime(ratings)).toBe(1440);
    expect(maximumTolerableDowntime([...ratings].reverse())).toBe(1440);
  });

  it('is undefined while nothing is rated major or severe', () => {
    expect(maximumTolerableDowntime([r('financial', 60, 3)])).toBeUndefined();
    expect(maximumTolerableDowntime([])).toBeUndefined();
  });

  it('ignores points no longer configured', () => {
    expect(
      maximumTolerableDowntime(
        [r('financial', 30, 5), r('financial', 240, 4)],
        [60, 240],
      ),
    ).toBe(240);
  });
});
