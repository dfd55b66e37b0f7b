import type {
  KpiFigure,
  KpiScorecard,
  KpiSeries,
} from '@backstage-itsm/plugin-itsm-common';

/** A figure of the scorecard, with what a test does not care about filled. */
export function figure(
  indicatorId: string,
  fields: Partial<KpiFigure> = {},
): KpiFigure {
  return {
    indicatorId,
    value: null,
    sample: 0,
    status: 'none',
    trend: 'unknown',
    ...fields,
  };
}

/** A scorecard of November 2026 with the given figures. */
export function scorecard(
  figures: KpiFigure[],
  scope: KpiScorecard['scope'] = { kind: 'portal' },
): KpiScorecard {
  return { period: '2026-11', previousPeriod: '2026-10', scope, figures };
}

/** A series of figures ending in November 2026, one month a value. */
export function series(
  indicatorId: string,
  values: (number | null)[],
  target?: { target: number; critical?: number },
): KpiSeries {
  const months = values.map((_, i) => {
    const d = new Date(Date.UTC(2026, 10 - (values.length - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
  return {
    indicatorId,
    scope: { kind: 'portal' },
    points: values.map((value, i) => ({
      period: months[i],
      value,
      sample: value === null ? 0 : 10,
      status: value === null ? 'none' : 'met',
      source: i === values.length - 1 ? 'live' : 'snapshot',
      ...(target ? { target } : {}),
    })),
  };
}
