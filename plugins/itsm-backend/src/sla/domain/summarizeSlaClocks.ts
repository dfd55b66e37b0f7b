import {
  SlaClockSummary,
  StoredSlaClock,
} from '../../core/model/slaClockModel';

type Targeted = StoredSlaClock & { targetMinutes: number };

const minutesLeft = (clock: Targeted) =>
  Math.round((clock.targetMinutes * 60_000 - clock.elapsedMs) / 600) / 100;

/**
 * The clock of an incident a queue shows (§8.2), as of `now`: the running
 * clock that falls due first (a breached one before all others); else the
 * paused clock with the least time left; else how the restore clock (or
 * the response clock) ended. Clocks without a target count nothing
 * against, so an incident with only those has none.
 */
export function summarizeSlaClocks(
  clocks: readonly StoredSlaClock[],
  now: string,
): SlaClockSummary | undefined {
  const targeted = clocks.filter(
    (clock): clock is Targeted => clock.targetMinutes !== null,
  );
  const running = targeted
    .filter(clock => clock.phase === 'running' && clock.dueAt)
    .sort((a, b) => Date.parse(a.dueAt!) - Date.parse(b.dueAt!))[0];
  if (running) {
    return {
      kind: running.kind,
      phase: 'running',
      targetMinutes: running.targetMinutes,
      dueAt: running.dueAt,
      ...(running.warn75At ? { warnAt: running.warn75At } : {}),
      breached:
        !!running.breachedAt || Date.parse(running.dueAt!) <= Date.parse(now),
    };
  }
  const paused = targeted
    .filter(clock => clock.phase === 'paused')
    .sort((a, b) => minutesLeft(a) - minutesLeft(b))[0];
  if (paused) {
    const remainingMinutes = minutesLeft(paused);
    return {
      kind: paused.kind,
      phase: 'paused',
      targetMinutes: paused.targetMinutes,
      remainingMinutes,
      breached: !!paused.breachedAt || remainingMinutes < 0,
    };
  }
  const isRestore = (clock: Targeted) => Number(clock.kind === 'restore');
  const stopped = targeted
    .filter(clock => clock.phase === 'stopped')
    .sort((a, b) => isRestore(b) - isRestore(a))[0];
  if (stopped) {
    const met = stopped.met ?? minutesLeft(stopped) >= 0;
    return {
      kind: stopped.kind,
      phase: 'stopped',
      targetMinutes: stopped.targetMinutes,
      met,
      breached: !met,
    };
  }
  return undefined;
}
