import type { ContinuityProcedureStep } from './continuityPlanFields';

/**
 * One step of a plan's procedure as a run (an exercise, or an invocation
 * from a major incident) works through it: the step as the plan said when
 * the run started, and when it was started and done, by whom.
 *
 * @public
 */
export type RecoveryRunStep = ContinuityProcedureStep & {
  startedAt?: string;
  doneAt?: string;
  /** Who ticked it done (or started it), as a user entity ref. */
  by?: string;
};

/**
 * What a run is measured against: the recovery objectives of the services
 * its plan covers, in minutes (the strictest of their approved analyses).
 *
 * @public
 */
export type RunObjectives = {
  rtoMinutes?: number;
  rpoMinutes?: number;
};

/**
 * A run's recovery as measured from its timestamps (§9.3): the minutes
 * from its start to the last step done (to `now` while steps remain), and
 * whether that and the data lost are within the objectives. `withinRto`
 * is known while running only once it is exceeded; `withinRpo` once the
 * data loss is entered.
 *
 * @public
 */
export type RecoveryMeasurement = {
  /**
   * Whole minutes, rounded up, from the start to the last step done, or
   * to now: compared with the RTO, any overrun misses it.
   */
  recoveryMinutes: number;
  /** Every step is done: the recovery time is final. */
  recovered: boolean;
  stepsDone: number;
  stepsTotal: number;
  rtoMinutes?: number;
  rpoMinutes?: number;
  /** Minutes of the RTO left (negative: past it), while running. */
  rtoRemainingMinutes?: number;
  withinRto?: boolean;
  dataLossMinutes?: number;
  withinRpo?: boolean;
};

/**
 * Whole minutes, rounded up: an RTO is a limit, so a recovery that took
 * 61 seconds did not make a 1-minute RTO (rounded down it would have, and
 * every recovery up to 59 seconds late would pass as on time).
 */
const minutesBetween = (from: string, to: string) =>
  Math.max(0, Math.ceil((Date.parse(to) - Date.parse(from)) / 60_000));

/**
 * Measures a run of a continuity procedure: the same clock on the
 * exercise and incident pages as in what the backend records. Recovery
 * ends when the last step is done; `recoveredAt` (an invocation's
 * recovery, recorded by hand) ends it earlier when given.
 *
 * @public
 */
export function measureRecovery(options: {
  startedAt: string;
  steps: readonly RecoveryRunStep[];
  objectives?: RunObjectives;
  dataLossMinutes?: number;
  recoveredAt?: string;
  now: string;
}): RecoveryMeasurement {
  const { startedAt, steps, objectives = {}, dataLossMinutes, now } = options;
  const done = steps.filter(s => s.doneAt);
  const allDone = steps.length > 0 && done.length === steps.length;
  const lastDone = done
    .map(s => s.doneAt!)
    .reduce<string | undefined>(
      (last, at) => (!last || Date.parse(at) > Date.parse(last) ? at : last),
      undefined,
    );
  const end =
    options.recoveredAt ?? (allDone && lastDone !== undefined ? lastDone : now);
  const recovered = options.recoveredAt !== undefined || allDone;
  const recoveryMinutes = minutesBetween(startedAt, end);
  const { rtoMinutes, rpoMinutes } = objectives;
  const measurement: RecoveryMeasurement = {
    recoveryMinutes,
    recovered,
    stepsDone: done.length,
    stepsTotal: steps.length,
    ...(rtoMinutes !== undefined ? { rtoMinutes } : {}),
    ...(rpoMinutes !== undefined ? { rpoMinutes } : {}),
  };
  if (rtoMinutes !== undefined) {
    if (!recovered) {
      measurement.rtoRemainingMinutes = rtoMinutes - recoveryMinutes;
    }
    if (recovered || recoveryMinutes > rtoMinutes) {
      measurement.withinRto = recoveryMinutes <= rtoMinutes;
    }
  }
  if (dataLossMinutes !== undefined) {
    measurement.dataLossMinutes = dataLossMinutes;
    if (rpoMinutes !== undefined) {
      measurement.withinRpo = dataLossMinutes <= rpoMinutes;
    }
  }
  return measurement;
}

/**
 * A checklist for a run, copied from a plan's procedure: every step not
 * yet started.
 *
 * @public
 */
export function recoveryChecklistOf(
  procedure: readonly ContinuityProcedureStep[],
): RecoveryRunStep[] {
  return procedure.map(({ id, title, role, expectedMinutes, runbookUrl }) => ({
    id,
    title,
    role,
    expectedMinutes,
    ...(runbookUrl ? { runbookUrl } : {}),
  }));
}
