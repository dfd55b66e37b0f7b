import {
  ImprovementEffect,
  ImprovementPlan,
  ImprovementPlanItem,
  IndicatorId,
  indicatorDefinition,
  improvementPlanStates,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { ConflictError } from '@backstage/errors';
import { StoredRecord } from '../../core/database/RecordStore';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';
import {
  improvementEvaluationPeriod,
  judgeImprovementEffect,
} from '../domain/planImprovementEffect';
import { planImprovementPlan } from '../domain/planImprovementPlan';
import { IndicatorReader } from '../indicators/IndicatorComputation';
import { improvementScopeOf } from './ImprovementBaseline';
import { ImprovementSettings } from './readImprovementSettings';

/** Items read per page for the plan, and at most. */
const PAGE = 200;
const MAX_ITEMS = 5000;

/**
 * The improvement register's reads beyond the shared record routes: the
 * continual improvement plan (§10.3.1) and an item's measured effect
 * (§10.3.2), both of what the caller may read.
 */
export class ImprovementRegister {
  constructor(
    private readonly deps: {
      records: RecordService;
      settings: ImprovementSettings;
      indicators: IndicatorReader;
      now?: () => Date;
    },
  ) {}

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  /** The plan of a year (the running one when not given). */
  async plan(
    year: number | undefined,
    ctx: RequestContext,
  ): Promise<ImprovementPlan> {
    const items: ImprovementPlanItem[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.deps.records.list(
        'improvement',
        {
          states: [...improvementPlanStates],
          sort: 'newest',
          limit: PAGE,
          cursor,
        },
        ctx,
      );
      items.push(...page.records.map(planItemOf));
      cursor = page.nextCursor;
    } while (cursor && items.length < MAX_ITEMS);
    return planImprovementPlan(year ?? this.now().getUTCFullYear(), items);
  }

  /** The measured effect of an item in evaluation or closed. */
  async effect(
    idOrRef: string,
    ctx: RequestContext,
  ): Promise<ImprovementEffect> {
    const record = await this.deps.records.get('improvement', idOrRef, ctx);
    const f = record.fields;
    if (!['evaluating', 'closed'].includes(record.state) || !f.startedAt) {
      throw new ConflictError(
        `${record.ref} is ${stateLabel(
          'improvement',
          record.state,
        ).toLowerCase()}; its effect is measured once it is evaluated`,
      );
    }
    const indicatorId = f.indicatorId as string | undefined;
    const definition = indicatorId && indicatorDefinition(indicatorId);
    if (!indicatorId || !definition) {
      throw new ConflictError(
        `indicatorId: ${record.ref} names no indicator to measure its effect by`,
      );
    }
    const { indicators } = this.deps;
    const id = indicatorId as IndicatorId;
    const scope = improvementScopeOf(record.entityRefs);
    const period = improvementEvaluationPeriod({
      startedAt: f.startedAt as string,
      months: this.deps.settings.evaluationMonths,
      now: closedOr(record, this.now()),
    });
    const [figure, series] = await Promise.all([
      indicators.value(id, { from: period.from, to: period.to }, scope),
      period.months.length
        ? indicators.series(id, period.months, scope)
        : Promise.resolve([]),
    ]);
    const baseline = numberOr(f.baseline);
    const target = numberOr(f.target);
    return {
      indicatorId,
      scope,
      from: period.from,
      to: period.to,
      ...(baseline !== undefined ? { baseline } : {}),
      ...(target !== undefined ? { target } : {}),
      value: figure.value,
      sample: figure.sample,
      series: series.map(s => ({ period: s.period, value: s.figure.value })),
      ...judgeImprovementEffect({
        definition,
        value: figure.value,
        baseline,
        target,
      }),
    };
  }
}

/** A closed item is measured up to its closing, not on and on. */
function closedOr(record: StoredRecord, now: Date): Date {
  return record.closedAt ? new Date(record.closedAt) : now;
}

function numberOr(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function planItemOf(record: StoredRecord): ImprovementPlanItem {
  const f = record.fields;
  const text = (key: string) =>
    typeof f[key] === 'string' ? { [key]: f[key] as string } : {};
  const number = (key: string) =>
    typeof f[key] === 'number' ? { [key]: f[key] as number } : {};
  return {
    id: record.id,
    ref: record.ref,
    title: record.title,
    state: record.state,
    source: (f.source ?? 'manual') as ImprovementPlanItem['source'],
    ...text('owner'),
    ...text('dueDate'),
    ...text('sourceRef'),
    ...text('indicatorId'),
    ...text('expectedBenefit'),
    ...number('baseline'),
    ...number('target'),
  };
}
