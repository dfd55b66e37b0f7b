import {
  AuditorService,
  AuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { ConflictError, InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { ChangeConflictChecker } from '../../changes';
import { CatalogEntityLookup } from '../../core/catalog/EntityLookup';
import { RecordStore } from '../../core/database/RecordStore';
import { RecordTypeRegistration } from '../../core/modules/ProcessModule';
import { ApprovalService } from '../../core/services/ApprovalService';
import { DefaultRecordService } from '../../core/services/DefaultRecordService';
import { RecordChangePublisher } from '../../core/services/RecordChangePublisher';
import { RecordService } from '../../core/services/RecordService';
import { continuityRecordTypes } from '../continuityRecordTypes';
import { hasContinuityRecords } from '../database/hasContinuityRecords';
import { RiskRating } from '../domain/planRiskAssessment';
import { planApprovedVersion } from '../domain/planContinuityPlanApproval';
import { ContinuityPlanService } from '../services/ContinuityPlanService';
import { ExercisePlanning } from '../services/ExercisePlanning';
import { ExerciseRuns } from '../services/ExerciseRuns';
import { ContinuitySettings } from '../services/readContinuitySettings';
import { actAsDemoUsers } from './actAsDemoUsers';
import {
  demoAnalyses,
  demoDrill,
  demoEntities,
  demoPeople,
  demoPlan,
  demoRisks,
} from './paymentsDemo';

/** The key the first demo record claims: two replicas seed once. */
export const CONTINUITY_DEMO_KEY = 'continuity-demo-data';

export type ContinuityDemoDeps = {
  db: Knex;
  store: RecordStore;
  catalog: CatalogService;
  auth: AuthService;
  auditor: AuditorService;
  publisher: RecordChangePublisher;
  logger: LoggerService;
  settings: ContinuitySettings;
  rating: RiskRating;
  conflicts: ChangeConflictChecker;
  now?: () => Date;
};

/**
 * What a run did: `seeded` the demo, `skipped` (continuity records exist,
 * or another replica claimed the demo first) or `waiting` (the catalog
 * does not know the demo's services and people yet; the next run tries
 * again).
 */
export type ContinuityDemoOutcome = 'seeded' | 'skipped' | 'waiting';

/**
 * The continuity demo of the payments platform (issue 20): risks, an
 * approved analysis of checkout and of the database it relies on (with a
 * longer RTO, so the dependency check flags checkout), an approved and
 * active continuity plan and a tabletop drill held two months ago with an
 * open finding. Only when no continuity record exists; the first record
 * claims `continuity-demo-data` in its transaction, so replicas starting
 * together seed once.
 *
 * Everything is written through the record service and the process's own
 * planners and use cases, as the demo users would through the API
 * (Carla the continuity manager, Paula and Pat of the payments team), at
 * times in the past: a record is valid exactly as one made in the portal,
 * with its timeline. The demo tells nobody (no notifications).
 */
export async function seedContinuityDemo(
  deps: ContinuityDemoDeps,
): Promise<ContinuityDemoOutcome> {
  if (await hasContinuityRecords(deps.db)) return 'skipped';
  const actors = actAsDemoUsers(deps);
  const entities = new CatalogEntityLookup(actors.catalog);
  const credentials = actors.as(demoPeople.manager);
  try {
    await entities.resolve(
      [...Object.values(demoEntities), ...Object.values(demoPeople)],
      { field: 'demo', credentials },
    );
  } catch (error) {
    if (error instanceof InputError) return 'waiting';
    throw error;
  }

  const today = DateTime.fromJSDate(deps.now?.() ?? new Date(), {
    zone: 'utc',
  }).startOf('minute');
  let at = today;
  /** Moves the demo's clock to `days` from today at `hour` UTC. */
  const clock = (days: number, hour = 9, minute = 0) => {
    at = today.plus({ days }).set({ hour, minute });
  };
  const tick = (minutes: number) => {
    at = at.plus({ minutes });
  };
  const now = () => at.toJSDate();
  const day = (offset: number) => today.plus({ days: offset }).toISODate()!;

  const { recordTypes, intake, analyses } = continuityRecordTypes({
    permissions: actors.permissions,
    entities,
    store: deps.store,
    settings: deps.settings,
    rating: deps.rating,
  });
  const each = <K extends keyof RecordTypeRegistration>(key: K) =>
    Object.fromEntries(
      Object.entries(recordTypes)
        .filter(([, r]) => r?.[key])
        .map(([type, r]) => [type, r![key]!]),
    );
  const records: RecordService = new DefaultRecordService({
    store: deps.store,
    entities,
    auditor: deps.auditor,
    publisher: deps.publisher,
    intakePlanners: each('intake'),
    editPlanners: each('edit'),
    moveFields: each('moves'),
    transitionPlanners: each('transition'),
    now,
  });
  const as = (user: string) => ({ credentials: actors.as(user) });
  const carla = as(demoPeople.manager);
  const paula = as(demoPeople.lead);
  const pat = as(demoPeople.engineer);

  // The analyses: Carla writes them, the payments team's lead approves.
  const biaApprovals = new ApprovalService({
    type: 'impact-analysis',
    records,
    userInfo: actors.userInfo,
    onApproved: analyses.onApproved,
    now,
  });
  let first = true;
  for (const [i, bia] of demoAnalyses(
    deps.settings.impactIntervals,
  ).entries()) {
    clock(-80 + i, 10);
    let created;
    try {
      created = await records.create('impact-analysis', bia, {
        ...carla,
        ...(first
          ? {
              uniqueKeys: [
                {
                  key: CONTINUITY_DEMO_KEY,
                  conflictMessage: 'The continuity demo is seeded already',
                },
              ],
            }
          : {}),
      });
    } catch (error) {
      // Another replica won the claim (or made the analysis) first.
      if (first && error instanceof ConflictError) return 'skipped';
      throw error;
    }
    first = false;
    tick(90);
    const submitted = await records.transition(
      'impact-analysis',
      created.record.id,
      { action: 'submit', version: created.record.version },
      carla,
    );
    clock(-78 + i, 14, 30);
    await biaApprovals.decide(
      submitted.id,
      {
        decision: 'approve',
        comment: 'Agreed with the payments team in the review meeting.',
      },
      paula,
    );
  }

  // The risks, assessed by Carla.
  for (const [i, risk] of demoRisks(day).entries()) {
    clock(-75 + i, 11);
    let { record } = await records.create('risk', risk.create, carla);
    for (const action of risk.moves) {
      tick(60);
      record = await records.transition(
        'risk',
        record.id,
        {
          action,
          version: record.version,
          ...(action === 'accept'
            ? {
                reason:
                  'A second core switch is planned with the network refresh; until then the spare on site is enough.',
              }
            : {}),
        },
        carla,
      );
    }
  }

  // The plan: Carla drafts it for the payments team, Pat writes and
  // submits it, Paula (the owners) and Carla (the managers) approve it.
  const plans = new ContinuityPlanService({
    records,
    entities,
    userInfo: actors.userInfo,
    now,
  });
  const drillStart = today.plus({ days: -60 }).set({ hour: 9 }).toISO()!;
  const plan = demoPlan(day, drillStart);
  clock(-70, 9);
  let { record: cp } = await records.create(
    'continuity-plan',
    plan.create,
    carla,
  );
  clock(-69, 15);
  cp = await plans.updateContent(
    cp.id,
    { ...plan.content, version: cp.version } as Parameters<
      ContinuityPlanService['updateContent']
    >[1],
    pat,
  );
  tick(30);
  cp = await records.transition(
    'continuity-plan',
    cp.id,
    { action: 'submit', version: cp.version },
    pat,
  );
  const planApprovals = new ApprovalService({
    type: 'continuity-plan',
    records,
    userInfo: actors.userInfo,
    onApproved: planApprovedVersion,
    now,
  });
  clock(-68, 10);
  await planApprovals.decide(cp.id, { decision: 'approve' }, paula);
  tick(120);
  cp = await planApprovals.decide(
    cp.id,
    {
      decision: 'approve',
      comment: 'Meets the four-hour objective of checkout.',
    },
    carla,
  );
  clock(-67, 9);
  cp = await records.transition(
    'continuity-plan',
    cp.id,
    { action: 'activate', version: cp.version },
    paula,
  );
  const measures = (cp.fields.measures ?? []) as { id: string }[];
  for (const [n, index] of plan.done.entries()) {
    clock(-66 + n * 5, 16);
    cp = await plans.tickMeasure(
      cp.id,
      measures[index].id,
      { version: cp.version, done: true },
      pat,
    );
  }

  // The drill, two months ago: planned by Carla, run by the team.
  clock(-63, 10);
  const planning = new ExercisePlanning({
    records,
    intake,
    conflicts: deps.conflicts,
  });
  const { participants, stepMinutes, result, dataLossMinutes, finding } =
    demoDrill;
  let { record: ex } = await planning.create(
    {
      title: demoDrill.title,
      description: demoDrill.description,
      entityRefs: demoDrill.entityRefs,
      kind: demoDrill.kind,
      scope: demoDrill.scope,
      scenario: demoDrill.scenario,
      participants,
      plan: cp.ref,
      plannedStart: drillStart,
    },
    carla,
  );
  clock(-60, 9);
  ex = await records.transition(
    'exercise',
    ex.id,
    { action: 'start', version: ex.version },
    carla,
  );
  const runs = new ExerciseRuns({ records, auditor: deps.auditor, now });
  const steps = (ex.fields.checklist ?? []) as { id: string }[];
  for (const [i, step] of steps.entries()) {
    const who = i % 2 === 0 ? paula : pat;
    ex = await runs.tickStep(
      ex.id,
      step.id,
      { version: ex.version, status: 'started' },
      who,
    );
    tick(stepMinutes[i] ?? 15);
    ex = await runs.tickStep(
      ex.id,
      step.id,
      { version: ex.version, status: 'done' },
      who,
    );
  }
  tick(5);
  ex = await records.transition(
    'exercise',
    ex.id,
    {
      action: 'complete',
      version: ex.version,
      result,
      dataLossMinutes,
    } as Parameters<RecordService['transition']>[2],
    carla,
  );
  tick(20);
  await runs.addFinding(
    ex.id,
    {
      version: ex.version,
      title: finding.title,
      owner: finding.owner,
      dueDate: day(finding.dueInDays),
    },
    carla,
  );
  deps.logger.info(
    `Continuity demo data written for the payments platform (${cp.ref}, ${ex.ref})`,
  );
  return 'seeded';
}
