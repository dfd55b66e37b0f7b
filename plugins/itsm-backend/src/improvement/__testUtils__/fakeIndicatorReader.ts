import {
  IndicatorId,
  monthOf,
  monthPeriod,
} from '@backstage-itsm/plugin-itsm-common';
import {
  IndicatorReader,
  IndicatorScope,
  IndicatorWindow,
} from '../indicators/IndicatorComputation';

/**
 * An indicator reader with hand-set figures, for the tests of what reads
 * indicators (baselines, effects, suggestions):
 *
 * - a whole past month's figure is `past(id, scope)`, the running
 *   month's `running(id, scope)`, and any other period's (an evaluation
 *   period) `period(id, scope)`;
 * - the indicators in `missing` missed their target every month;
 * - an indicator's portal target is `targets(id)`, where set.
 *
 * Unset figures are null (nothing measured). Every call is kept in `calls`.
 */
export function fakeIndicatorReader(options: {
  past?: Partial<Record<string, number>>;
  running?: Partial<Record<string, number>>;
  period?: Partial<Record<string, number>>;
  missing?: string[];
  targets?: Partial<Record<string, number>>;
  now?: () => Date;
}) {
  const calls: {
    id: string;
    window?: IndicatorWindow;
    scope?: IndicatorScope;
  }[] = [];
  const key = (id: string, scope?: IndicatorScope) =>
    scope && scope.kind !== 'portal' ? `${id}@${scope.ref}` : id;
  const monthFigure = (id: string, month: string, scope?: IndicatorScope) => {
    const current = monthOf(options.now?.() ?? new Date());
    const table = month === current ? options.running : options.past;
    return table?.[key(id, scope)] ?? null;
  };
  const reader: IndicatorReader = {
    async value(id: IndicatorId, window, scope) {
      calls.push({ id, window, scope });
      const month = window.from.slice(0, 7);
      const whole = monthPeriod(month);
      const value =
        whole.from === window.from && whole.to === window.to
          ? monthFigure(id, month, scope)
          : options.period?.[key(id, scope)] ?? null;
      return { value, sample: value === null ? 0 : 10 };
    },
    async series(id, months, scope) {
      calls.push({ id, scope });
      return months.map(period => {
        const value = monthFigure(id, period, scope);
        const missesTarget = options.missing?.includes(id) ?? false;
        const target = options.targets?.[id];
        return {
          period,
          figure: { value, sample: value === null ? 0 : 10 },
          ...(target !== undefined ? { target: { target } } : {}),
          status: missesTarget ? ('critical' as const) : ('met' as const),
          missesTarget,
        };
      });
    },
  };
  return { reader, calls };
}
