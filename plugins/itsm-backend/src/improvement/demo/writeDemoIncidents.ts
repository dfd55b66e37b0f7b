import { Priority } from '@backstage-itsm/plugin-itsm-common';
import { StoredRecord } from '../../core/database/RecordStore';
import {
  demoGroups,
  demoReporters,
  demoServices,
  demoSlowGroup,
  DemoService,
} from './demoHistoryCatalog';
import {
  ctxOf,
  DAY,
  DemoHistoryContext,
  HOUR,
  memberOf,
  MINUTE,
  move,
  skipped,
} from './demoHistoryContext';
import { demoIncidentTexts } from './demoHistoryTexts';

/** Median hours to resolve by priority, in the first month. */
const RESOLVE_HOURS: Record<Priority, number> = {
  P1: 5,
  P2: 14,
  P3: 40,
  P4: 110,
};
/** Median minutes to accept by priority, in the first month. */
const ACCEPT_MINUTES: Record<Priority, number> = {
  P1: 8,
  P2: 25,
  P3: 90,
  P4: 300,
};

/** An incident written: what the problems are later opened from. */
export type WrittenIncident = {
  ref: string;
  entityRef: string;
  group: string;
  resolvedAt?: number;
};

/** A time of day people report at: mostly office hours on weekdays. */
export function officeTime(context: DemoHistoryContext, day: number): number {
  const { random } = context;
  const date = new Date(day);
  const weekday = date.getUTCDay();
  const office = weekday !== 0 && weekday !== 6 && random.chance(0.85);
  const hour = office ? random.int(7, 16) : random.int(0, 23);
  return (
    Date.UTC(
      date.getUTCFullYear(),
      date.getUTCMonth(),
      date.getUTCDate(),
      hour,
      random.int(0, 59),
    ) + random.int(0, 59_000)
  );
}

function weightedService(context: DemoHistoryContext): DemoService {
  return context.random.weighted(demoServices.map(s => [s, s.weight]));
}

/**
 * How much slower than the best month the work is in month `m` of the
 * history: teams get faster month by month (the trend the dashboard shows).
 */
export function slowdown(context: DemoHistoryContext, at: number): number {
  const m = Math.min(context.monthOf(at), context.months);
  return 2 - (1.2 * m) / Math.max(1, context.months);
}

/**
 * Writes the incidents (§3.2): reported on the portal, by phone or mail,
 * accepted, worked (some on hold, some escalated from the service desk to
 * the service's team, a few P1s declared major with their review),
 * resolved, some reopened, and confirmed by the reporter with a rating.
 * Durations shrink month by month; the slow group misses its targets in
 * the last three months. Those a failed change caused are linked to it.
 */
export async function writeDemoIncidents(
  context: DemoHistoryContext,
  count: number,
): Promise<WrittenIncident[]> {
  const { random, start, end } = context;
  const span = end - DAY - start;
  const times = Array.from({ length: count }, () =>
    officeTime(context, start + random.next() * span),
  );
  const caused = context.failedChanges
    .filter(() => random.chance(0.6))
    .map(change => ({
      at: change.at + random.int(20, 180) * MINUTE,
      change,
    }));
  const stories = [...times.map(at => ({ at, change: undefined })), ...caused]
    .filter(s => s.at < end)
    .sort((a, b) => a.at - b.at);
  const written: WrittenIncident[] = [];
  for (const story of stories) {
    try {
      written.push(await writeIncident(context, story.at, story.change));
    } catch (error) {
      skipped(context, error);
    }
  }
  return written;
}

async function writeIncident(
  context: DemoHistoryContext,
  created: number,
  cause?: { ref: string; entityRef: string },
): Promise<WrittenIncident> {
  const { random, services, end } = context;
  const { records } = services;
  const service = cause
    ? demoServices.find(s => s.entityRef === cause.entityRef) ??
      weightedService(context)
    : weightedService(context);
  const priority: Priority = cause
    ? random.pick(['P1', 'P2', 'P2'] as Priority[])
    : random.weighted([
        ['P1', 3],
        ['P2', 12],
        ['P3', 50],
        ['P4', 35],
      ]);
  const channel = random.weighted([
    ['portal', 45],
    ['phone', 25],
    ['email', 15],
    ['chat', 15],
  ] as const);
  const agent = memberOf(random, demoGroups.desk)!;
  const reporter = random.pick(demoReporters);
  // The desk takes calls, mail and chats and records them for the caller.
  const creator = channel === 'portal' ? reporter : agent;
  const slow = slowdown(context, created);
  const month = context.monthOf(created);
  const lagging =
    service.group === demoSlowGroup && month >= context.months - 3;
  // The desk solves more at first contact as the months go by.
  const viaDesk = random.chance(0.45);
  const firstContact = viaDesk && random.chance(0.45 + 0.04 * month);
  const group = firstContact ? demoGroups.desk : service.group;
  const text = random.pick(demoIncidentTexts(service.entityRef));

  context.setClock(created);
  const { record: reported } = await records.create(
    'incident',
    {
      title: cause ? `${text.title} after ${cause.ref}` : text.title,
      description: text.description,
      entityRefs: [service.entityRef],
      priority,
      channel,
      ...(creator !== reporter ? { reportedBy: reporter } : {}),
      ...(viaDesk ? { assignmentGroup: demoGroups.desk } : {}),
    } as Parameters<typeof records.create>[1],
    { ...ctxOf(context, creator), ...context.claim() },
  );
  context.counts.incidents = (context.counts.incidents ?? 0) + 1;
  let record: StoredRecord = reported;
  const written: WrittenIncident = {
    ref: record.ref,
    entityRef: service.entityRef,
    group: service.group,
  };
  if (cause) {
    await records.link(
      'incident',
      record.id,
      { target: cause.ref, kind: 'caused-by' },
      ctxOf(context, agent),
    );
    record = await records.get('incident', record.id, ctxOf(context, agent));
  }
  let at = created;
  const step = (minutes: number) => {
    at += Math.round(minutes * MINUTE);
    return at < end;
  };

  // A duplicate is cancelled by the desk.
  if (random.chance(0.02)) {
    if (!step(random.int(5, 60))) return written;
    await move(context, records, record, 'cancel', agent, at, {
      reason: 'Duplicate of an incident already being worked',
    });
    return written;
  }

  const firstGroup = viaDesk ? demoGroups.desk : service.group;
  let assignee = memberOf(random, firstGroup, [reporter]) ?? agent;
  if (
    !step(
      random.skewed(ACCEPT_MINUTES[priority] * slow, 0.6, 1) *
        (lagging ? 8 : 1),
    )
  )
    return written;
  record = await move(context, records, record, 'accept', assignee, at, {
    assignee,
  });

  if (priority === 'P1' && random.chance(0.5)) {
    if (!step(random.int(5, 20))) return written;
    context.setClock(at);
    record = await services.escalations.declareMajor(
      record.id,
      {
        version: record.version,
        reason: 'Customers cannot pay; every minute loses card sales',
      },
      ctxOf(context, 'user:default/olivia.ops'),
    );
  }

  if (viaDesk && !firstContact) {
    // The desk tried, then escalates to the service's team.
    if (!step(random.skewed(40, 0.5, 5))) return written;
    assignee = memberOf(random, group, [reporter]) ?? assignee;
    context.setClock(at);
    record = await services.escalations.escalate(
      record.id,
      {
        version: record.version,
        assignmentGroup: group,
        assignee,
        reason: 'Needs the team that runs the service',
      },
      ctxOf(context, record.assignee ?? agent),
    );
  }

  if (!step(random.int(1, 30))) return written;
  record = await move(context, records, record, 'start', assignee, at);

  const resolveMinutes =
    random.skewed(RESOLVE_HOURS[priority] * 60 * slow, 0.5, 10) *
    (lagging ? 2 : 1) *
    (firstContact ? 0.4 : 1);
  if (random.chance(0.1)) {
    if (!step(resolveMinutes * 0.3)) return written;
    record = await move(context, records, record, 'hold', assignee, at, {
      holdReason: random.pick(['caller', 'vendor'] as const),
    });
    if (!step(random.skewed(180, 0.8, 15))) return written;
    record = await move(context, records, record, 'resume', assignee, at);
    if (!step(resolveMinutes * 0.7)) return written;
  } else if (!step(resolveMinutes)) {
    return written;
  }
  record = await move(context, records, record, 'resolve', assignee, at, {
    resolution: text.resolution,
    cause: cause ? `Introduced by ${cause.ref}` : text.cause,
    verification: 'Checked with the reporter and the service dashboards',
  });
  written.resolvedAt = at;

  // Some come back: the fix did not hold. Fewer as the months go by.
  if (random.chance(0.1 - 0.012 * context.monthOf(at))) {
    if (!step(random.skewed(600, 0.6, 30))) return written;
    record = await move(context, records, record, 'reopen', reporter, at, {
      reason: 'It happens again since this morning',
    });
    if (!step(random.skewed(resolveMinutes / 2, 0.5, 20))) return written;
    record = await move(context, records, record, 'resolve', assignee, at, {
      resolution: `${text.resolution}; the root of it fixed as well`,
      cause: text.cause,
      verification: 'Watched for a day with the reporter',
    });
    written.resolvedAt = at;
  }

  if (record.fields.major) {
    if (!step((random.int(1, 3) * DAY) / MINUTE)) return written;
    context.setClock(at);
    record = await services.escalations.review(
      record.id,
      {
        version: record.version,
        summary: `${text.title}: payments stopped`,
        impact: 'Card payments failed for every customer while it lasted',
        timeline: 'Detected by monitoring, declared major, fixed and verified',
        rootCause: text.cause,
        followUpActions:
          'Alert on the error rate earlier; add a runbook step for the fix',
      },
      ctxOf(context, 'user:default/olivia.ops'),
    );
  }

  // The reporter confirms, most with a rating: quick fixes please.
  if (!step(random.skewed((10 * HOUR) / MINUTE, 0.8, 30))) return written;
  const late = (written.resolvedAt! - created) / 60_000 > resolveMinutes * 1.5;
  const base = lagging ? 2.6 : 4.2 - (late ? 0.8 : 0);
  const rating = Math.min(
    5,
    Math.max(1, Math.round(base + (random.next() - 0.5) * 2)),
  );
  const rated = random.chance(0.7);
  record = await move(context, records, record, 'close', reporter, at, {
    ...(rated ? { rating: String(rating) } : {}),
    ...(rated && rating <= 2
      ? { feedback: 'It took far too long and nobody told me why' }
      : {}),
  });
  await context.hooks.afterIncidentClosed?.({
    incident: record,
    reporter,
    at: new Date(at),
    random,
  });
  return written;
}
