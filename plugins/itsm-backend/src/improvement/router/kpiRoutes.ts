import { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { IndicatorBreakdown } from '@backstage-itsm/plugin-itsm-common';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';
import { requestContext } from '../../core/router/mountRecordRoutes';
import { ItsmApiRouter } from '../../core/router/types';
import { RecordService } from '../../core/services/RecordService';
import type { IndicatorScope } from '../indicators/IndicatorComputation';
import { IndicatorService } from '../services/IndicatorService';
import { presentKpiRecord, presentTarget, presentValue } from './kpiPresenters';

const DEFAULT_MONTHS = 12;

/** The scope of a request: `group` or `service`, not both; else the portal. */
function scopeOf(query: { group?: string; service?: string }): IndicatorScope {
  if (query.group !== undefined && query.service !== undefined) {
    throw new InputError('group: give a group or a service, not both');
  }
  if (query.group !== undefined) {
    const ref = normalizeEntityRef(query.group, 'group', 'group');
    if (!ref.startsWith('group:')) {
      throw new InputError(`group: ${query.group} is not a group`);
    }
    return { kind: 'group', ref };
  }
  if (query.service !== undefined) {
    return {
      kind: 'service',
      ref: normalizeEntityRef(query.service, 'service', 'component'),
    };
  }
  return { kind: 'portal' };
}

/**
 * Mounts the KPI figures (§10.1, §10.2.1): `GET /kpis` (the scorecard),
 * `/kpis/{indicatorId}/series`, `/breakdown` and `/records` (the
 * drill-down, of the records the caller may read). Figures are aggregates
 * every signed-in user reads.
 */
export function mountKpiRoutes(
  router: ItsmApiRouter,
  deps: {
    indicators: IndicatorService;
    records: RecordService;
    httpAuth: HttpAuthService;
  },
): void {
  const { indicators } = deps;

  router.get('/kpis', async (req, res) => {
    await requestContext(deps.httpAuth, req);
    const scope = scopeOf(req.query);
    const period = req.query.period ?? indicators.currentPeriod();
    const card = await indicators.scorecard(period, scope);
    res.json({
      period: card.period,
      previousPeriod: card.previousPeriod,
      scope,
      figures: card.figures.map(f => ({
        indicatorId: f.indicatorId,
        ...presentValue(f),
        previousValue: f.previousValue,
        ...presentTarget(f.target),
        status: f.status,
        missesTarget: f.missesTarget,
        trend: f.trend,
        source: f.source,
      })),
    });
  });

  router.get('/kpis/:indicatorId/series', async (req, res) => {
    await requestContext(deps.httpAuth, req);
    const { indicatorId } = req.params;
    indicators.computation(indicatorId);
    const scope = scopeOf(req.query);
    const months = indicators.lastMonths(
      Number(req.query.months ?? DEFAULT_MONTHS),
    );
    const points = await indicators.series(indicatorId as never, months, scope);
    res.json({
      indicatorId,
      scope,
      points: points.map(p => ({
        period: p.period,
        ...presentValue(p.figure),
        ...presentTarget(p.target),
        status: p.status,
        source: p.source,
      })),
    });
  });

  router.get('/kpis/:indicatorId/breakdown', async (req, res) => {
    await requestContext(deps.httpAuth, req);
    const { indicatorId } = req.params;
    indicators.computation(indicatorId);
    const scope = scopeOf(req.query);
    const by = req.query.by as IndicatorBreakdown;
    const period = req.query.period ?? indicators.currentPeriod();
    const rows = await indicators.breakdown(indicatorId, by, period, scope);
    res.json({
      indicatorId,
      by,
      period,
      rows: rows.map(row => ({
        key: row.key,
        ...presentValue(row),
        ...presentTarget(row.target),
        status: row.status,
      })),
    });
  });

  router.get('/kpis/:indicatorId/records', async (req, res) => {
    const ctx = await requestContext(deps.httpAuth, req);
    const { indicatorId } = req.params;
    indicators.computation(indicatorId);
    const scope = scopeOf(req.query);
    const { by, key } = req.query;
    if ((by === undefined) !== (key === undefined)) {
      throw new InputError(
        `${
          by === undefined ? 'by' : 'key'
        }: a breakdown row needs both by and key`,
      );
    }
    const page = await indicators.records(
      indicatorId,
      {
        period: req.query.period ?? indicators.currentPeriod(),
        scope,
        ...(by !== undefined && key !== undefined
          ? { key: { by: by as IndicatorBreakdown, value: key } }
          : {}),
        cursor: req.query.cursor,
        limit:
          req.query.limit === undefined ? undefined : Number(req.query.limit),
      },
      async type => (await deps.records.reportScope(type, {}, ctx)).filter,
    );
    res.json({
      items: page.items.map(presentKpiRecord),
      hidden: page.hidden,
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    });
  });
}
