import { IndicatorDefinition } from '@backstage-itsm/plugin-itsm-common';
import { CreateRecordInput } from '../../core/domain/createRecordInput';

/** One month of an indicator's portal figure, as the reader gives it. */
export type MonthFigure = {
  period: string;
  figure: { value: number | null };
  target?: { target: number };
  missesTarget: boolean;
};

/**
 * The improvement item an indicator suggests (§10.1.2, §10.2.2) when its
 * portal figure missed its target in each of the last `periods` complete
 * months (all of them read, none unmeasured): proposed for the management
 * group, from the indicator, with the last month's figure as its baseline
 * and the target it missed as the item's target.
 * Nothing when it met its target in any of them.
 */
export function planIndicatorSuggestion(options: {
  definition: Pick<IndicatorDefinition, 'id' | 'name' | 'section' | 'unit'>;
  series: readonly MonthFigure[];
  periods: number;
  owner: string;
}): CreateRecordInput | undefined {
  const { definition, series, periods, owner } = options;
  const last = series.slice(-periods);
  if (last.length < periods || !last.every(m => m.missesTarget)) {
    return undefined;
  }
  const figures = last
    .map(m => `${m.period}: ${m.figure.value ?? '—'}`)
    .join(', ');
  const baseline = last[last.length - 1].figure.value;
  const target = last[last.length - 1].target?.target;
  return {
    title: `${definition.name} missed its target ${periods} months running`,
    description: [
      `The portal's ${definition.name.toLowerCase()} (${
        definition.section
      }) missed its target in each of the last ${periods} months (${figures}, in ${
        definition.unit
      }).`,
      'Analyse why, and propose what would bring it back to target (§10.2.2).',
    ].join('\n\n'),
    entityRefs: [],
    owner,
    source: 'indicator',
    sourceRef: definition.id,
    indicatorId: definition.id,
    ...(baseline !== null ? { baseline } : {}),
    ...(target !== undefined ? { target } : {}),
  };
}
