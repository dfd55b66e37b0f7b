import { StoredRecord } from '../../core/database/RecordStore';
import { demoServices } from './demoHistoryCatalog';
import {
  approveAll,
  ctxOf,
  DAY,
  DemoHistoryContext,
  HOUR,
  MINUTE,
  move,
  skipped,
} from './demoHistoryContext';
import {
  eveningWindow,
  implementChange,
  lowRisk,
  scheduleChange,
} from './writeDemoChanges';
import { officeTime } from './writeDemoIncidents';

const iso = (ms: number) => new Date(ms).toISOString();
const MANAGERS = ['user:default/rita.release', 'user:default/ravi.release'];
const CHECKS = [
  ['function', 'Payment journey end to end'],
  ['performance', 'p95 latency under 300 ms at peak load'],
  ['compatibility', 'Clients of the previous API version'],
] as const;

/**
 * Writes the releases (chapter 7) of the demo's components: planned by a
 * release manager, approved, carrying a change request that is approved
 * before the rollout, verified (some fail a check first and pass after a
 * fix), audited by the other manager, rolled out phase by phase in their
 * window (on time) or after it with the reason (late, fewer as the months
 * go by), and confirmed; one is rolled back.
 */
export async function writeDemoReleases(
  context: DemoHistoryContext,
  count: number,
): Promise<void> {
  const { random, start, end } = context;
  const span = end - 10 * DAY - start;
  const times = Array.from({ length: count }, () =>
    officeTime(context, start + random.next() * span),
  ).sort((a, b) => a - b);
  const versions = new Map<string, number>();
  const rollback = Math.floor(count / 2);
  for (const [i, at] of times.entries()) {
    const service = random.weighted(
      demoServices.filter(s => s.released).map(s => [s, s.weight]),
    );
    const minor = (versions.get(service.entityRef) ?? 0) + 1;
    versions.set(service.entityRef, minor);
    try {
      await writeRelease(
        context,
        at,
        service.entityRef,
        `2.${minor}.0`,
        i === rollback,
      );
    } catch (error) {
      skipped(context, error);
    }
  }
}

async function writeRelease(
  context: DemoHistoryContext,
  created: number,
  entityRef: string,
  releaseVersion: string,
  rolledBack: boolean,
) {
  const { random, services, end } = context;
  const { records, releasePackages } = services;
  const [manager, auditor] = random.chance(0.5)
    ? MANAGERS
    : [...MANAGERS].reverse();
  const name = entityRef.split('/')[1];
  const window = eveningWindow(created, random.int(5, 9), 3);
  context.setClock(created);
  const { record: planned } = await records.create(
    'release',
    {
      title: `${name} ${releaseVersion}`,
      description: `The next version of ${name}: fixes and a faster checkout path`,
      entityRefs: [entityRef],
      releaseVersion,
      goals: random.chance(0.5) ? ['business', 'fix'] : ['optimisation'],
      window: { start: iso(window.start), end: iso(window.end) },
      risk: lowRisk,
    } as Parameters<typeof records.create>[1],
    ctxOf(context, manager),
  );
  context.counts.releases = (context.counts.releases ?? 0) + 1;
  let at = created;
  const step = (minutes: number) => {
    at += Math.round(minutes * MINUTE);
    return at < end;
  };
  let release: StoredRecord = planned;
  const who = ctxOf(context, manager);

  // Its change request, approved before the rollout (§7.1).
  if (!step(random.int(30, 240))) return;
  context.setClock(at);
  const { change, record: carrying } =
    await services.releaseChangeRequests.attach(
      release.id,
      { version: release.version },
      who,
    );
  context.counts.changes = (context.counts.changes ?? 0) + 1;
  release = carrying;
  const scheduled = await scheduleChange(context, change, at + 10 * MINUTE);
  if (!scheduled) return;

  // The package's checks; some fail first and pass after a fix.
  at = Math.max(at, scheduled.at) + random.int(1, 8) * HOUR;
  const failing =
    random.chance(0.25 - (0.15 * context.monthOf(at)) / context.months) &&
    random.pick(CHECKS);
  for (const [kind, item] of CHECKS) {
    if (!step(random.int(20, 180))) return;
    context.setClock(at);
    release = await releasePackages.recordVerification(
      release.id,
      {
        version: release.version,
        kind,
        item,
        result: failing && failing[0] === kind ? 'fail' : 'pass',
      },
      who,
    );
  }
  if (failing) {
    context.counts.failedVerifications =
      (context.counts.failedVerifications ?? 0) + 1;
    if (!step(random.int(4, 30) * 60)) return;
    context.setClock(at);
    release = await releasePackages.recordVerification(
      release.id,
      {
        version: release.version,
        kind: failing[0],
        item: failing[1],
        result: 'pass',
      },
      who,
    );
  }

  if (!step(random.int(10, 60))) return;
  release = await move(
    context,
    records,
    release,
    'request_approval',
    manager,
    at,
  );
  release = await approveAll(context, 'release', release, at);
  if (release.state !== 'approved') return;
  at = Date.parse(release.updatedAt);
  if (!step(random.int(30, 300))) return;
  release = await move(context, records, release, 'sign_off', auditor, at, {
    comment: 'Package, checks and evidence reviewed',
  });
  for (const check of ['environment', 'backup', 'notified']) {
    if (!step(random.int(10, 120))) return;
    context.setClock(at);
    release = await releasePackages.checkPreRelease(
      release.id,
      { version: release.version, check, done: true },
      who,
    );
  }

  // On time in its window, or late (after it) with the reason.
  const lateShare = 0.35 - (0.25 * context.monthOf(at)) / context.months;
  const late = random.chance(lateShare);
  at = Math.max(
    at + MINUTE,
    late
      ? window.end + random.int(1, 4) * DAY
      : window.start + random.int(0, 30) * MINUTE,
  );
  if (at >= end) return;
  release = await move(
    context,
    records,
    release,
    'start_rollout',
    manager,
    at,
    {
      ...(late
        ? {
            rolloutOverride:
              'The window was missed waiting for a fix of the payment provider; rolled out the next evening',
          }
        : {}),
    },
  );
  if (late)
    context.counts.lateReleases = (context.counts.lateReleases ?? 0) + 1;
  const phases = (release.fields.phases ?? []) as { name: string }[];
  for (const phase of phases) {
    for (const status of ['in_progress', 'succeeded']) {
      if (!step(random.int(5, 40))) return;
      context.setClock(at);
      release = await releasePackages.reportPhase(
        release.id,
        { version: release.version, phase: phase.name, status },
        who,
      );
    }
  }
  if (!step(random.int(5, 30))) return;
  release = await move(
    context,
    records,
    release,
    'complete_rollout',
    manager,
    at,
  );
  const changeNow = await records.get('change', change.id, who);
  if (rolledBack) {
    if (!step(random.int(20, 90))) return;
    await move(context, records, release, 'rollback', manager, at, {
      reason: 'Checkout errors rose to 4% after the last phase',
    });
    context.counts.rolledBack = (context.counts.rolledBack ?? 0) + 1;
    await implementChange(context, changeNow, 'backed_out');
    return;
  }
  if (!step(random.int(2, 24) * 60)) return;
  await move(context, records, release, 'confirm', manager, at, {
    outcome: random.chance(0.85) ? 'successful' : 'successful_with_issues',
    confirmation: 'The business confirmed the new version in production',
  });
  await implementChange(context, changeNow, 'successful');
}
