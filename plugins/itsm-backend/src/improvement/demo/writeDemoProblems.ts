import { StoredRecord } from '../../core/database/RecordStore';
import { demoMembers } from './demoHistoryCatalog';
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
import {
  changeOutcome,
  eveningWindow,
  implementChange,
  lowRisk,
  scheduleChange,
} from './writeDemoChanges';
import { WrittenIncident } from './writeDemoIncidents';

const iso = (ms: number) => new Date(ms).toISOString();

type ProblemStory = {
  at: number;
  incidents: WrittenIncident[];
};

/**
 * Problems opened from recurring incidents of one service: two to four
 * resolved within a month of each other, the problem a few days after the
 * last. At most `count`, in order of time.
 */
function problemStories(
  context: DemoHistoryContext,
  count: number,
  incidents: WrittenIncident[],
): ProblemStory[] {
  const { random } = context;
  const byEntity = new Map<string, WrittenIncident[]>();
  for (const incident of incidents) {
    if (incident.resolvedAt === undefined) continue;
    const list = byEntity.get(incident.entityRef) ?? [];
    list.push(incident);
    byEntity.set(incident.entityRef, list);
  }
  const stories: ProblemStory[] = [];
  const used = new Set<string>();
  const entities = [...byEntity.keys()];
  for (let tries = 0; stories.length < count && tries < count * 20; tries++) {
    const list = byEntity.get(random.pick(entities))!;
    const first = random.int(0, list.length - 1);
    const picked = list
      .slice(first, first + random.int(2, 4))
      .filter(i => !used.has(i.ref));
    if (picked.length < 2) continue;
    const last = Math.max(...picked.map(i => i.resolvedAt!));
    if (last - Math.min(...picked.map(i => i.resolvedAt!)) > 30 * DAY) {
      continue;
    }
    picked.forEach(i => used.add(i.ref));
    stories.push({ at: last + random.int(4, 96) * HOUR, incidents: picked });
  }
  return stories.filter(s => s.at < context.end).sort((a, b) => a.at - b.at);
}

/**
 * Writes the problems (chapter 4): opened from recurring incidents,
 * investigated to a root cause (faster month by month) and a workaround,
 * which makes them known errors; most get a solution approved by the
 * group's lead and a change request that fixes them (the product's fix
 * follower resolves the problem when that change closes), and are closed
 * after verification. Where the group's only member is its lead, nobody
 * else can approve: the problem stays a known error.
 */
export async function writeDemoProblems(
  context: DemoHistoryContext,
  count: number,
  incidents: WrittenIncident[],
): Promise<void> {
  for (const story of problemStories(context, count, incidents)) {
    try {
      await writeProblem(context, story);
    } catch (error) {
      skipped(context, error);
    }
  }
}

async function writeProblem(context: DemoHistoryContext, story: ProblemStory) {
  const { random, services, end } = context;
  const { records } = services;
  const entityRef = story.incidents[0].entityRef;
  const group = story.incidents[0].group;
  const name = entityRef.split('/')[1];
  const lead = demoMembers[group]?.[0];
  const worker = memberOf(random, group, [lead]) ?? lead!;
  let at = story.at;
  context.setClock(at);
  const { record: created } = await records.create(
    'problem',
    {
      title: `Recurring failures of ${name}`,
      description: `${
        story.incidents.length
      } incidents on ${name} within weeks: ${story.incidents
        .map(i => i.ref)
        .join(', ')}`,
      entityRefs: [entityRef],
      category: entityRef.startsWith('resource:') ? 'hardware' : 'software',
      incidents: story.incidents.map(i => i.ref),
    } as Parameters<typeof records.create>[1],
    ctxOf(context, 'user:default/sofia.desk'),
  );
  context.counts.problems = (context.counts.problems ?? 0) + 1;
  const step = (minutes: number) => {
    at += Math.round(minutes * MINUTE);
    return at < end;
  };
  if (!step(random.int(1, 24) * 60)) return;
  let record: StoredRecord = await move(
    context,
    records,
    created,
    'investigate',
    worker,
    at,
    { assignee: worker },
  );
  if (random.chance(0.06)) {
    if (!step((random.int(1, 5) * DAY) / MINUTE)) return;
    await move(context, records, record, 'cancel', worker, at, {
      reason: 'The incidents had different causes; no common problem',
    });
    return;
  }
  // Time to root cause: faster as the team practises (§4.2).
  const slow = 1.6 - (0.6 * context.monthOf(at)) / Math.max(1, context.months);
  if (!step(random.skewed(5 * DAY * slow, 0.6, 4 * HOUR) / MINUTE)) return;
  context.setClock(at);
  record = await services.problemAnalysis.record(
    record.id,
    {
      version: record.version,
      rootCause: {
        method: 'five_whys',
        whys: [
          `${name} failed under load`,
          'Its connection pool ran out',
          'Connections were not returned on errors',
        ],
        cause: 'A missing release of connections in the error path',
      },
      workaround: `Restart ${name} when the pool alarm fires`,
    },
    ctxOf(context, worker),
  );
  context.counts.knownErrors = (context.counts.knownErrors ?? 0) + 1;
  if (worker === lead || !random.chance(0.75)) return;

  if (!step(random.int(4, 48) * 60)) return;
  record = await move(
    context,
    records,
    record,
    'propose_solution',
    worker,
    at,
    {
      solution: {
        description: `Release connections in the error path of ${name}`,
        estimatedHours: random.int(4, 24),
        expectedEffect: 'No more pool exhaustion, so no more incidents',
      },
    },
  );
  record = await approveAll(context, 'problem', record, at);
  if (record.state !== 'fix_in_progress') return;
  at = Date.parse(record.updatedAt) + random.int(30, 240) * MINUTE;
  if (at >= end) return;
  context.setClock(at);
  const window = eveningWindow(at, random.int(2, 5));
  const { change } = await services.problemChangeRequests.attach(
    record.id,
    {
      version: record.version,
      window: { start: iso(window.start), end: iso(window.end) },
      risk: lowRisk,
    },
    ctxOf(context, worker),
  );
  context.counts.changes = (context.counts.changes ?? 0) + 1;
  const scheduled = await scheduleChange(
    context,
    change,
    at + random.int(10, 120) * MINUTE,
  );
  if (!scheduled) return;
  const outcome = changeOutcome(context, at);
  const closed = await implementChange(context, scheduled.record, outcome);
  if (closed.state !== 'closed') return;
  // The product's fix follower moves the problem, at the change's close.
  await services.fixes.followChange(closed);
  record = await records.get('problem', record.id, ctxOf(context, worker));
  if (record.state !== 'resolved') return;
  context.counts.problemsFixed = (context.counts.problemsFixed ?? 0) + 1;
  if (!step((random.int(7, 14) * DAY) / MINUTE)) return;
  await move(context, records, record, 'close', lead ?? worker, at, {
    verification: 'No incident of this kind since the fix went out',
  });
}
