import {
  IndicatorDefinition,
  indicatorTrend,
  missesTarget,
  monthOf,
} from '@backstage-itsm/plugin-itsm-common';

/**
 * The evaluation period of an improvement item (§10.3.2): from the first
 * day of the month work started, `months` months long, or to `now` while
 * it runs; with the months it spans (`YYYY-MM`, oldest first).
 */
export function improvementEvaluationPeriod(options: {
  startedAt: string;
  months: number;
  now: Date;
}): { from: string; to: string; months: string[] } {
  const started = new Date(options.startedAt);
  const first = monthOf(started);
  const from = `${first}-01T00:00:00.000Z`;
  const end = new Date(
    Date.UTC(
      started.getUTCFullYear(),
      started.getUTCMonth() + options.months,
      1,
    ),
  );
  const to = end.getTime() < options.now.getTime() ? end : options.now;
  const months: string[] = [];
  for (let i = 0; i < options.months; i++) {
    const month = monthOf(started, i);
    if (`${month}-01T00:00:00.000Z` >= to.toISOString()) break;
    months.push(month);
  }
  return { from, to: to.toISOString(), months };
}

/**
 * What the measured figure says of an item's effect: whether it reached
 * its target (at or better than it; null without a target or a figure)
 * and how it moved from the baseline, for the indicator's direction.
 */
export function judgeImprovementEffect(options: {
  definition: Pick<IndicatorDefinition, 'better'>;
  value: number | null;
  baseline?: number;
  target?: number;
}): {
  reachedTarget: boolean | null;
  trend: 'better' | 'worse' | 'same' | 'unknown';
} {
  const { definition, value, baseline, target } = options;
  return {
    reachedTarget:
      target === undefined || value === null
        ? null
        : !missesTarget(definition, value, { target }),
    trend: indicatorTrend(definition, value, baseline),
  };
}
