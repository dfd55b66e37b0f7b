import {
  indicatorCatalogue,
  monthOf,
  monthPeriod,
} from '@backstage-itsm/plugin-itsm-common';
import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { Knex } from 'knex';
import { EntityNames } from '../../core/catalog/CatalogEntityNames';
import { EntityLookup } from '../../core/catalog/EntityLookup';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';
import { actorOf } from '../../core/services/actorOf';
import { auditWrite } from '../../core/services/auditWrite';
import { PausingNotificationSender } from '../../core/services/PausingNotificationSender';
import { RequestContext } from '../../core/services/RecordService';
import {
  PeriodicReportStore,
  PeriodicReportSummary,
  ReportScopeKind,
  StoredPeriodicReport,
} from '../database/PeriodicReportStore';
import { readReportFacts, readReportScopes } from '../database/readReportFacts';
import {
  ReportConfigurationStatus,
  ReportIndicator,
  ReportSlaCompliance,
  writePeriodicReport,
} from '../domain/writePeriodicReport';
import type {
  IndicatorReader,
  IndicatorScope,
  IndicatorWindow,
} from '../indicators/IndicatorComputation';
import { ImprovementIntake } from './ImprovementIntake';

/** The most reports a list answers with. */
const MAX_REPORTS = 200;

/** Where the other processes' figures of a report come from, when they run. */
export type ReportSources = {
  /** The indicators (the engine's `IndicatorService`). */
  indicators?: IndicatorReader;
  /** Service level compliance of a scope and month (§8.3, sla/). */
  serviceLevels?(
    window: IndicatorWindow,
    scope: IndicatorScope,
  ): Promise<{ response: ReportSlaCompliance; restore: ReportSlaCompliance }>;
  /** The CMDB's status report (§6.3.3, cmdb/), portal-wide. */
  configurationStatus?(): Promise<ReportConfigurationStatus>;
};

/** A scope as stored: `portal`, or a normalised entity ref, and its kind. */
export function parseReportScope(
  scope: string | undefined,
  field = 'scope',
): { scope: string; kind: ReportScopeKind; indicatorScope: IndicatorScope } {
  if (!scope || scope === 'portal') {
    return {
      scope: 'portal',
      kind: 'portal',
      indicatorScope: { kind: 'portal' },
    };
  }
  const ref = normalizeEntityRef(scope, field);
  const kind = ref.startsWith('group:') ? 'group' : 'service';
  if (ref.startsWith('user:')) {
    throw new InputError(
      `${field} '${scope}' is a user, not a group or a service`,
    );
  }
  return { scope: ref, kind, indicatorScope: { kind, ref } };
}

/**
 * The monthly reports (§2.1.2(5), §6.3.3, §8.3): each scope's report of a
 * month written from the indicators, the records, the service levels and
 * the configuration status, kept once per scope and month, announced to the
 * configured recipients. Every signed-in user reads them; improvement
 * managers generate one now (audited).
 */
export class PeriodicReportService {
  private readonly sender: PausingNotificationSender;

  constructor(
    private readonly deps: {
      db: Knex;
      store: PeriodicReportStore;
      sources: ReportSources;
      intake: ImprovementIntake;
      entities: Pick<EntityLookup, 'resolve'>;
      names: EntityNames;
      auditor: AuditorService;
      notifications: NotificationService;
      logger: LoggerService;
      /** Who hears of a new report: users and groups. */
      recipients: string[];
      now?: () => Date;
    },
  ) {
    this.sender = new PausingNotificationSender({
      notifications: deps.notifications,
      logger: deps.logger,
    });
  }

  async list(
    scope: string | undefined,
    _ctx: RequestContext,
  ): Promise<PeriodicReportSummary[]> {
    return this.deps.store.list({
      scope: scope ? parseReportScope(scope).scope : undefined,
      limit: MAX_REPORTS,
    });
  }

  async get(
    scope: string,
    period: string,
    _ctx: RequestContext,
  ): Promise<StoredPeriodicReport> {
    const parsed = parseReportScope(scope);
    const report = await this.deps.store.get(parsed.scope, period);
    if (!report) {
      throw new NotFoundError(`No report of ${parsed.scope} for ${period}`);
    }
    return report;
  }

  /** Generates a scope's report of a past month now, for a manager (audited). */
  async create(
    input: { scope: string; period: string },
    ctx: RequestContext,
  ): Promise<StoredPeriodicReport> {
    return auditWrite({
      auditor: this.deps.auditor,
      eventId: 'periodic-report-create',
      ctx,
      meta: { scope: input.scope, period: input.period },
      write: async () => {
        await this.deps.intake.requireManager(
          'generate a periodic report',
          ctx.credentials,
        );
        const scope = parseReportScope(input.scope);
        this.checkPeriod(input.period);
        if (scope.kind !== 'portal') {
          await this.deps.entities.resolve([scope.scope], {
            field: 'scope',
            credentials: ctx.credentials,
          });
        }
        const report = await this.generate(
          scope,
          input.period,
          actorOf(ctx.credentials),
        );
        await this.deps.store.save(report, true);
        await this.announce(report);
        return report;
      },
      resultMeta: r => ({ scope: r.scope, period: r.period }),
    });
  }

  /**
   * The scheduled run: the reports of last month for the portal and every
   * group and service with records in it, those not kept yet; a report
   * another replica kept first is neither written again nor announced.
   * Returns how many it kept.
   */
  async generateDue(): Promise<number> {
    const period = monthOf(this.now(), -1);
    const window = monthPeriod(period);
    const kept = await this.deps.store.scopesOf(period);
    const { groups, services } = await readReportScopes(this.deps.db, window);
    const scopes = ['portal', ...groups, ...services].filter(s => !kept.has(s));
    let count = 0;
    for (const scope of scopes) {
      const report = await this.generate(
        parseReportScope(scope),
        period,
        'schedule',
      );
      if (await this.deps.store.save(report, false)) {
        count += 1;
        await this.announce(report);
      }
    }
    return count;
  }

  private checkPeriod(period: string) {
    try {
      monthPeriod(period);
    } catch {
      throw new InputError(`period '${period}' is not a month, YYYY-MM`);
    }
    if (period >= monthOf(this.now())) {
      throw new InputError(
        `period '${period}' has not ended: a report covers a past month`,
      );
    }
  }

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  /** Writes one report from the figures as they are now. */
  async generate(
    scope: ReturnType<typeof parseReportScope>,
    period: string,
    generatedBy: string,
  ): Promise<StoredPeriodicReport> {
    const window = monthPeriod(period);
    const previousPeriod = monthOf(new Date(window.from), -1);
    const { sources } = this.deps;
    const [indicators, facts, serviceLevels, configuration, names] =
      await Promise.all([
        sources.indicators
          ? this.indicators(
              sources.indicators,
              [previousPeriod, period],
              scope.indicatorScope,
            )
          : undefined,
        readReportFacts(this.deps.db, window, scope.indicatorScope),
        sources.serviceLevels?.(window, scope.indicatorScope),
        scope.kind === 'portal' ? sources.configurationStatus?.() : undefined,
        scope.kind === 'portal'
          ? new Map<string, string>()
          : this.deps.names.namesOf([scope.scope]),
      ]);
    const generatedAt = this.now().toISOString();
    const { markdown, csv } = writePeriodicReport({
      scopeName:
        scope.kind === 'portal'
          ? 'the portal'
          : names.get(scope.scope) ?? scope.scope,
      period,
      previousPeriod,
      generatedAt,
      indicators,
      facts,
      serviceLevels,
      configuration,
    });
    return {
      scope: scope.scope,
      scopeKind: scope.kind,
      period,
      markdown,
      csv,
      generatedBy,
      generatedAt,
    };
  }

  private async indicators(
    reader: IndicatorReader,
    months: [string, string],
    scope: IndicatorScope,
  ): Promise<ReportIndicator[]> {
    return Promise.all(
      indicatorCatalogue.map(async definition => {
        const [previous, current] = await reader.series(
          definition.id,
          months,
          scope,
        );
        return {
          definition,
          value: current?.figure.value ?? null,
          previous: previous?.figure.value ?? null,
          status: current?.status ?? 'none',
        };
      }),
    );
  }

  private async announce(report: StoredPeriodicReport) {
    const recipients = this.deps.recipients;
    if (recipients.length === 0) return;
    const link = `/itsm/reports/${encodeURIComponent(report.scope)}/${
      report.period
    }`;
    const title = report.markdown.split('\n', 1)[0].replace(/^#\s*/, '');
    await this.sender.send(
      {
        recipients: { type: 'entity', entityRef: recipients },
        payload: {
          title,
          description: `The ${report.period} report of ${
            report.scope === 'portal' ? 'the portal' : report.scope
          } is ready: indicators, incidents, service levels and improvement.`,
          link,
          severity: 'normal',
          topic: 'itsm-periodic-report',
          scope: `itsm-periodic-report:${report.scope}:${report.period}`,
        },
      },
      `announce the ${report.period} report of ${report.scope}`,
    );
  }
}
