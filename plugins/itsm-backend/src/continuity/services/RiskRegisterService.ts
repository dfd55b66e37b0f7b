import {
  AuditorService,
  LoggerService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  compareRisks,
  continuityRiskLevelLabels,
  itsmContinuityManagePermission,
  MAX_PAGE_SIZE,
  Risk,
  riskWorkflow,
} from '@backstage-itsm/plugin-itsm-common';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { EntityNames } from '../../core/catalog/CatalogEntityNames';
import { EntityLookup } from '../../core/catalog/EntityLookup';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';
import { actorOf } from '../../core/services/actorOf';
import { auditWrite } from '../../core/services/auditWrite';
import { PausingNotificationSender } from '../../core/services/PausingNotificationSender';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';
import { RiskReportStore, StoredRiskReport } from '../database/RiskReportStore';
import { writeRiskReport } from '../domain/writeRiskReport';
import { presentRisk } from '../router/continuityPresenters';
import { RiskSettings } from './readRiskSettings';

/** The most risks a register reads. */
export const MAX_REGISTER = 2000;

/** How many report versions a list shows. */
const MAX_REPORTS = 50;

/** The states of the risks a register holds: all but closed. */
const liveStates = riskWorkflow.states.filter(
  s => !riskWorkflow.terminalStates.includes(s),
);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The ranked risk register (§9.1.3(4)) of a scope and the risk assessment
 * reports (§9.1.3(5)) written from it: Markdown and CSV, kept as dated
 * versions, sent to the management group.
 */
export class RiskRegisterService {
  private readonly sender: PausingNotificationSender;

  constructor(
    private readonly deps: {
      records: RecordService;
      entities: EntityLookup;
      names: EntityNames;
      reports: RiskReportStore;
      settings: RiskSettings;
      permissions: PermissionsService;
      userInfo: UserInfoService;
      auditor: AuditorService;
      notifications: NotificationService;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {
    this.sender = new PausingNotificationSender({
      notifications: deps.notifications,
      logger: deps.logger,
    });
  }

  /**
   * The scope as stored (`all`, or a normalised system or domain ref) and
   * the entities whose risks it holds (none for all); a 400 naming `scope`
   * for anything else.
   */
  async resolveScope(
    scope: string | undefined,
    ctx: RequestContext,
  ): Promise<{ scope: string; entityRefs?: string[] }> {
    if (scope === undefined || scope.trim() === '' || scope === 'all') {
      return { scope: 'all' };
    }
    const ref = normalizeEntityRef(scope, 'scope');
    if (!ref.startsWith('system:') && !ref.startsWith('domain:')) {
      throw new InputError(
        `scope must be all, a system or a domain, not '${scope}'`,
      );
    }
    await this.deps.entities.resolve([ref], {
      field: 'scope',
      credentials: ctx.credentials,
    });
    const options = { credentials: ctx.credentials };
    const parts = await this.deps.entities.partsOf(ref, options);
    const systems = ref.startsWith('domain:')
      ? parts.filter(p => p.startsWith('system:'))
      : [];
    const nested = await Promise.all(
      systems.map(system => this.deps.entities.partsOf(system, options)),
    );
    return {
      scope: ref,
      entityRefs: [...new Set([ref, ...parts, ...nested.flat()])],
    };
  }

  /**
   * The register: the scope's risks that are not closed, as far as the
   * caller may see them, ranked (level, then annual loss expectancy, then
   * likelihood × impact).
   */
  async register(scope: string | undefined, ctx: RequestContext) {
    const resolved = await this.resolveScope(scope, ctx);
    const risks: Risk[] = [];
    let cursor: string | undefined;
    let truncated = false;
    do {
      const page = await this.deps.records.list(
        'risk',
        {
          states: liveStates,
          ...(resolved.entityRefs
            ? { anyOfEntityRefs: resolved.entityRefs }
            : {}),
          sort: 'newest',
          limit: MAX_PAGE_SIZE,
          cursor,
        },
        ctx,
      );
      risks.push(...page.records.map(r => presentRisk(r)));
      cursor = page.nextCursor;
      if (cursor && risks.length >= MAX_REGISTER) {
        truncated = true;
        break;
      }
    } while (cursor);
    return {
      scope: resolved.scope,
      matrix: this.deps.settings.matrix.map(row => [...row]),
      currency: this.deps.settings.currency,
      items: risks.sort(compareRisks),
      truncated,
    };
  }

  /**
   * Generates the report of a scope's register now, keeps it and sends it
   * to the management group; only for continuity managers, audited
   * (`risk-report-create`) either way.
   */
  async generateReport(
    scope: string | undefined,
    ctx: RequestContext,
  ): Promise<StoredRiskReport> {
    return auditWrite({
      auditor: this.deps.auditor,
      eventId: 'risk-report-create',
      ctx,
      meta: { scope: scope ?? 'all' },
      write: () => this.writeReport(scope, ctx),
      resultMeta: report => ({
        reportId: report.id,
        scope: report.scope,
        riskCount: report.riskCount,
      }),
    });
  }

  /** The kept versions, newest first; for managers and the management group. */
  async listReports(scope: string | undefined, ctx: RequestContext) {
    await this.checkReader(ctx);
    const stored =
      scope === undefined || scope === 'all'
        ? scope
        : normalizeEntityRef(scope, 'scope');
    return this.deps.reports.listReports({
      scope: stored,
      limit: MAX_REPORTS,
    });
  }

  async getReport(id: string, ctx: RequestContext): Promise<StoredRiskReport> {
    await this.checkReader(ctx);
    const report = UUID.test(id)
      ? await this.deps.reports.getReport(id)
      : undefined;
    if (!report) throw new NotFoundError(`No risk report ${id}`);
    return report;
  }

  private async isManager(ctx: RequestContext): Promise<boolean> {
    const [decision] = await this.deps.permissions.authorize(
      [{ permission: itsmContinuityManagePermission }],
      { credentials: ctx.credentials },
    );
    return decision.result === AuthorizeResult.ALLOW;
  }

  /** Continuity managers and the members of the management group read reports. */
  private async checkReader(ctx: RequestContext) {
    if (await this.isManager(ctx)) return;
    const group = this.deps.settings.managementGroup;
    if (group && ctx.credentials.principal) {
      try {
        const info = await this.deps.userInfo.getUserInfo(ctx.credentials);
        if (
          info.ownershipEntityRefs
            .map(r => r.toLocaleLowerCase('en-US'))
            .includes(group)
        ) {
          return;
        }
      } catch {
        // not a user: no group to be in
      }
    }
    throw new NotAllowedError(
      'Only continuity managers (itsm.continuity.manage) and the management group read risk assessment reports',
    );
  }

  private async writeReport(
    scope: string | undefined,
    ctx: RequestContext,
  ): Promise<StoredRiskReport> {
    if (!(await this.isManager(ctx))) {
      throw new NotAllowedError(
        'Only continuity managers may generate a risk assessment report (itsm.continuity.manage)',
      );
    }
    const register = await this.register(scope, ctx);
    const actor = actorOf(ctx.credentials);
    const refs = new Set<string>([actor]);
    if (register.scope !== 'all') refs.add(register.scope);
    for (const risk of register.items) {
      risk.entityRefs.forEach(ref => refs.add(ref));
      if (risk.owner) refs.add(risk.owner);
      if (risk.treatmentOwner) refs.add(risk.treatmentOwner);
    }
    const names = await this.deps.names.namesOf([...refs]);
    const nameOf = (ref: string) => names.get(ref) ?? ref;
    const scopeName =
      register.scope === 'all' ? 'all services' : nameOf(register.scope);
    const generatedAt = (this.deps.now?.() ?? new Date()).toISOString();
    const { markdown, csv } = writeRiskReport({
      scopeName,
      risks: register.items,
      matrix: register.matrix,
      currency: register.currency,
      generatedAt,
      generatedByName: nameOf(actor),
      nameOf,
    });
    const group = this.deps.settings.managementGroup;
    const report = await this.deps.reports.addReport({
      scope: register.scope,
      riskCount: register.items.length,
      markdown,
      csv,
      generatedBy: actor,
      generatedAt,
      ...(group ? { sentTo: group } : {}),
    });
    if (group) {
      const count = (level: 'critical' | 'high') =>
        register.items.filter(r => r.level === level).length;
      await this.sender.send(
        {
          recipients: { type: 'entity', entityRef: group },
          payload: {
            title: `Risk assessment report: ${scopeName}`,
            description: `${
              register.items.length
            } risks in the register: ${count(
              'critical',
            )} ${continuityRiskLevelLabels.critical.toLocaleLowerCase(
              'en-GB',
            )}, ${count(
              'high',
            )} ${continuityRiskLevelLabels.high.toLocaleLowerCase(
              'en-GB',
            )}. Generated by ${nameOf(actor)}.`,
            link: `/itsm/continuity?tab=risks&report=${report.id}`,
            severity: count('critical') > 0 ? 'high' : 'normal',
            topic: 'itsm-risk-report',
            scope: `itsm-risk-report:${report.id}`,
          },
        },
        `send risk report ${report.id} to ${group}`,
      );
    }
    return report;
  }
}
