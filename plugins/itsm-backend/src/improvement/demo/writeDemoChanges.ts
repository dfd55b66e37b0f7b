import { StoredRecord } from '../../core/database/RecordStore';
import { demoGroups, demoMembers, demoServices } from './demoHistoryCatalog';
import {
  approveAll,
  ctxOf,
  DAY,
  DemoHistoryContext,
  HOUR,
  memberOf,
  MINUTE,
  move,
  skipped,
} from './demoHistoryContext';
import { officeTime } from './writeDemoIncidents';

/** Who works changes (the change manager group, examples/org.yaml). */
const CHANGE_MANAGER = 'user:default/olivia.ops';

type Model = 'standard' | 'normal' | 'emergency';
type Outcome =
  | 'successful'
  | 'successful_with_issues'
  | 'failed'
  | 'backed_out';

/** Every answer of the risk questionnaire "no": a low-risk change. */
export const lowRisk = {
  answers: {
    customerFacing: 'no',
    downtime: 'no',
    data: 'no',
    untested: 'no',
    noBackout: 'no',
    reach: 'none',
  },
};
const highRisk = {
  answers: { ...lowRisk.answers, customerFacing: 'yes', downtime: 'yes' },
};

const normalTitles = [
  'Upgrade {name} to the new runtime',
  'Move {name} to the new cluster',
  'Apply the security patches to {name}',
  'Change the connection limits of {name}',
  'Enable request tracing on {name}',
];
const emergencyTitles = [
  'Hotfix: roll back the configuration of {name}',
  'Emergency patch for a vulnerability in {name}',
  'Fail over {name} to the standby',
];

/** The evening (20:00 UTC) of the next weekday from `at` plus `days`. */
export function eveningWindow(at: number, days: number, hours = 2) {
  let start = new Date(at + days * DAY);
  start = new Date(
    Date.UTC(
      start.getUTCFullYear(),
      start.getUTCMonth(),
      start.getUTCDate(),
      20,
    ),
  );
  // Monday to Thursday: the payments weekend freeze starts on Friday.
  while (start.getUTCDay() === 0 || start.getUTCDay() >= 5) {
    start = new Date(start.getTime() + DAY);
  }
  return {
    start: start.getTime(),
    end: start.getTime() + hours * HOUR,
  };
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Takes a submitted-to-be change (draft) to scheduled, as its model says
 * (§5.2): a standard one is scheduled as submitted; a normal one is
 * accepted, assessed and approved; an emergency one is accepted and
 * approved by one emergency CAB member. Undefined when the history ends
 * first.
 */
export async function scheduleChange(
  context: DemoHistoryContext,
  change: StoredRecord,
  submittedAt: number,
): Promise<{ record: StoredRecord; at: number } | undefined> {
  const { random, end } = context;
  let at = submittedAt;
  const { records } = context.services;
  const requester = change.reportedBy!;
  const model = String(change.fields.model) as Model;
  const emergency = model === 'emergency';
  // In a freeze the requester says why it cannot wait (§5.2.5).
  let record = await move(
    context,
    records,
    change,
    'submit',
    requester,
    at,
  ).catch(error => {
    if (!String(error?.message).startsWith('freezeOverride:')) throw error;
    return move(context, records, change, 'submit', requester, at, {
      freezeOverride: emergency
        ? 'Customers are affected now; the fix cannot wait for the freeze to end'
        : 'Agreed with the service owner: the support contract ends before the freeze does',
    });
  });
  if (model === 'standard') return { record, at };
  at += (emergency ? random.int(5, 20) : random.int(60, 20 * 60)) * MINUTE;
  if (at >= end) return undefined;
  record = await move(context, records, record, 'accept', CHANGE_MANAGER, at, {
    assignee: CHANGE_MANAGER,
  });
  if (!emergency) {
    at += random.int(2, 24) * HOUR;
    if (at >= end) return undefined;
    record = await move(
      context,
      records,
      record,
      'assess',
      CHANGE_MANAGER,
      at,
      {
        assessment:
          'Impact on the dependants checked; the backout is tested in staging',
      },
    );
  }
  at += random.int(5, 60) * MINUTE;
  if (at >= end) return undefined;
  record = await move(
    context,
    records,
    record,
    'request_approval',
    CHANGE_MANAGER,
    at,
  );
  record = await approveAll(context, 'change', record, at);
  at = Date.parse(record.updatedAt);
  if (at >= end) return undefined;
  return { record, at };
}

/**
 * Implements a scheduled change in its window and closes it with its
 * outcome (§5.3): an emergency one is reviewed first. A failed or backed
 * out change is remembered, so incidents can follow it.
 */
export async function implementChange(
  context: DemoHistoryContext,
  scheduled: StoredRecord,
  outcome: Outcome,
): Promise<StoredRecord> {
  const { random, end } = context;
  const { records } = context.services;
  const worker = scheduled.reportedBy!;
  const window = scheduled.window!;
  let at = Math.max(
    Date.parse(window.start),
    Date.parse(scheduled.updatedAt) + MINUTE,
  );
  if (at >= end) return scheduled;
  let record = await move(context, records, scheduled, 'start', worker, at);
  at += random.int(30, 110) * MINUTE;
  if (at >= end) return record;
  const lessons =
    outcome === 'failed' || outcome === 'backed_out'
      ? 'The test plan missed the production data volume; rehearse on a copy first'
      : 'Went as planned';
  if (record.fields.model === 'emergency') {
    record = await move(context, records, record, 'complete', worker, at);
    at += random.int(1, 3) * DAY;
    if (at >= end) return record;
    record = await move(context, records, record, 'close', CHANGE_MANAGER, at, {
      outcome,
      satisfaction: outcome === 'successful' ? '4' : '2',
      lessons,
    });
  } else {
    record = await move(context, records, record, 'close', worker, at, {
      outcome,
      lessons,
    });
  }
  if (outcome === 'failed' || outcome === 'backed_out') {
    context.failedChanges.push({
      ref: record.ref,
      entityRef: record.entityRefs[0],
      at,
    });
  }
  context.counts.changesClosed = (context.counts.changesClosed ?? 0) + 1;
  return record;
}

/** An outcome, better as the months go by. */
export function changeOutcome(
  context: DemoHistoryContext,
  at: number,
): Outcome {
  const m = context.monthOf(at) / Math.max(1, context.months);
  const failed = 0.12 - 0.08 * m;
  return context.random.weighted([
    ['successful', 1 - failed - 0.1],
    ['successful_with_issues', 0.1],
    ['failed', failed * 0.6],
    ['backed_out', failed * 0.4],
  ]);
}

/**
 * Writes the changes (chapter 5): standard, normal and emergency, the
 * emergencies fewer month by month; most successful, some failed or backed
 * out (and incidents follow some of those). Those whose window lies ahead
 * of now stay scheduled.
 */
export async function writeDemoChanges(
  context: DemoHistoryContext,
  count: number,
): Promise<void> {
  const { random, start, end } = context;
  const span = end - 2 * DAY - start;
  const times = Array.from({ length: count }, () =>
    officeTime(context, start + random.next() * span),
  ).sort((a, b) => a - b);
  for (const at of times) {
    try {
      await writeChange(context, at);
    } catch (error) {
      skipped(context, error);
    }
  }
}

async function writeChange(context: DemoHistoryContext, created: number) {
  const { random, services } = context;
  const m = context.monthOf(created) / Math.max(1, context.months);
  const emergencyShare = 0.24 - 0.19 * m;
  const model: Model = random.weighted([
    ['standard', 0.35],
    ['emergency', emergencyShare],
    ['normal', 0.65 - emergencyShare],
  ]);
  const service = random.weighted(demoServices.map(s => [s, s.weight]));
  // A group of one cannot approve its own change: the platform team asks.
  const requester =
    (demoMembers[service.group]?.length ?? 0) > 1
      ? memberOf(random, service.group)!
      : memberOf(random, demoGroups.platform)!;
  const name = service.entityRef.split('/')[1];
  const window =
    model === 'emergency'
      ? { start: created + HOUR, end: created + 3 * HOUR }
      : eveningWindow(created, model === 'standard' ? 1 : random.int(2, 6));
  context.setClock(created);
  const input =
    model === 'standard'
      ? {
          title: `Restart ${name}`,
          description: `Rolling restart of ${name} to clear a memory leak`,
          template: 'restart-deployment',
        }
      : {
          title: random
            .pick(model === 'emergency' ? emergencyTitles : normalTitles)
            .replace('{name}', name),
          description: `Planned with the ${service.group.split('/')[1]}`,
          changeType: model === 'emergency' ? 'emergency' : 'system',
          reason:
            model === 'emergency'
              ? 'Customers are affected now'
              : 'Keeps the service supported and secure',
          plan: [
            { title: 'Prepare and test in staging', owner: requester },
            { title: 'Apply in production' },
            { title: 'Verify and watch the dashboards' },
          ],
          backoutPlan: 'Restore the previous version from the pipeline',
          testPlan: 'Smoke tests and a synthetic payment',
          risk: random.chance(0.3) ? highRisk : lowRisk,
        };
  const { record: draft } = await services.records.create(
    'change',
    {
      ...input,
      entityRefs: [service.entityRef],
      model,
      window: { start: iso(window.start), end: iso(window.end) },
    } as Parameters<typeof services.records.create>[1],
    { ...ctxOf(context, requester), ...context.claim() },
  );
  context.counts.changes = (context.counts.changes ?? 0) + 1;
  const submittedAt = created + random.int(5, 120) * MINUTE;
  if (submittedAt >= context.end) return;
  const scheduled = await scheduleChange(context, draft, submittedAt);
  if (!scheduled) return;
  await implementChange(
    context,
    scheduled.record,
    changeOutcome(context, created),
  );
}
