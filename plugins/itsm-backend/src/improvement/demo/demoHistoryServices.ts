import { ChangeRequests, createChangeModule } from '../../changes';
import { createCmdbModule } from '../../cmdb';
import { actAsDemoUsers } from '../../continuity';
import { CatalogEntityLookup } from '../../core/catalog/EntityLookup';
import { RecordCore } from '../../core/modules/createRecordCore';
import {
  ProcessModule,
  RecordTypeRegistration,
} from '../../core/modules/ProcessModule';
import { ApprovalService } from '../../core/services/ApprovalService';
import { DefaultRecordService } from '../../core/services/DefaultRecordService';
import {
  createIncidentModule,
  IncidentEscalationService,
} from '../../incidents';
import {
  createProblemModule,
  problemChangeRequestRules,
  ProblemAnalysisService,
  ProblemFixFollower,
} from '../../problems';
import {
  createReleaseModule,
  releaseChangeRequestRules,
  ReleasePackageService,
} from '../../releases';
import { createSlaModule } from '../../sla';

/**
 * What the demo history is written with: the parts of the record core the
 * processes' factories read when they are made (their `start` is never
 * called here).
 */
export type DemoHistoryCore = Pick<
  RecordCore,
  | 'knex'
  | 'store'
  | 'clocks'
  | 'config'
  | 'catalog'
  | 'auth'
  | 'auditor'
  | 'publisher'
  | 'logger'
  | 'notifications'
>;

/**
 * The product's own use cases on a clock the demo moves (`now`), as the
 * demo users act (actAsDemoUsers: their credentials, every demo role
 * allowed, the catalog read as the plugin). The processes' modules are
 * made by their own factories on that core, so every intake, move, edit
 * and service level clock is planned exactly as for a request; only the
 * clock differs. Nobody is notified.
 */
export async function demoHistoryServices(
  deps: DemoHistoryCore,
  now: () => Date,
) {
  const actors = actAsDemoUsers(deps);
  const entities = new CatalogEntityLookup(actors.catalog);
  // The factories read only these when they are made.
  const core = {
    ...deps,
    catalog: actors.catalog,
    entities,
    permissions: actors.permissions,
    userInfo: actors.userInfo,
  } as unknown as RecordCore;
  const cmdb = await createCmdbModule(core);
  const incidents = createIncidentModule(core);
  const changes = createChangeModule(core, {
    impact: cmdb.impact,
    incidents,
  });
  const sla = createSlaModule(core, {
    maintenance: changes.maintenance,
    incidents,
  });
  const releases = createReleaseModule(core, { changes, incidents });
  const problems = createProblemModule(core, { incidents });
  const modules: ProcessModule[] = [
    incidents.module,
    changes.module,
    releases.module,
    problems.module,
    sla.module,
  ];
  const registered: Partial<Record<string, RecordTypeRegistration>> =
    Object.assign({}, ...modules.map(m => m.recordTypes ?? {}));
  const each = <K extends keyof RecordTypeRegistration>(key: K) =>
    Object.fromEntries(
      Object.entries(registered)
        .filter(([, r]) => r?.[key])
        .map(([type, r]) => [type, r![key]!]),
    );
  const records = new DefaultRecordService({
    store: deps.store,
    entities,
    auditor: deps.auditor,
    publisher: deps.publisher,
    intakePlanners: each('intake'),
    editPlanners: each('edit'),
    moveFields: each('moves'),
    transitionPlanners: each('transition'),
    slaClocks: modules.find(m => m.slaClocks)?.slaClocks,
    now,
  });
  const approvals = (type: 'change' | 'problem' | 'release') =>
    new ApprovalService({
      type,
      records,
      userInfo: actors.userInfo,
      now,
    });
  const silent = { notify: async () => {} };
  return {
    as: actors.as,
    records,
    escalations: new IncidentEscalationService({
      records,
      entities,
      settings: {
        serviceDeskGroup: incidents.intake.serviceDeskGroup,
        leads: incidents.escalation.leads,
      },
      now,
    }),
    approvals: {
      change: approvals('change'),
      problem: approvals('problem'),
      release: approvals('release'),
    },
    problemAnalysis: new ProblemAnalysisService({ records }),
    problemChangeRequests: new ChangeRequests({
      records,
      auditor: deps.auditor,
      type: 'problem',
      rules: problemChangeRequestRules,
    }),
    fixes: new ProblemFixFollower({
      store: deps.store,
      auditor: deps.auditor,
      publisher: deps.publisher,
      notifier: silent,
      logger: deps.logger,
      now,
    }),
    releasePackages: new ReleasePackageService({
      records,
      approvers: changes.settings,
      entities,
      now,
    }),
    releaseChangeRequests: new ChangeRequests({
      records,
      auditor: deps.auditor,
      type: 'release',
      rules: releaseChangeRequestRules,
    }),
    serviceDeskGroup: incidents.intake.serviceDeskGroup,
  };
}

export type DemoHistoryServices = Awaited<
  ReturnType<typeof demoHistoryServices>
>;
