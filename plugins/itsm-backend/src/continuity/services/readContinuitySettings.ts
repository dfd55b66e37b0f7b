import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { defaultImpactIntervalMinutes } from '@backstage-itsm/plugin-itsm-common';
import { HumanDuration } from '@backstage/types';

/** How continuity is run, from `itsm.continuity`. */
export type ContinuitySettings = {
  /**
   * The group whose members manage continuity and approve plans beside
   * their owners (`itsm.continuity.managersGroup`); without it no plan can
   * be submitted.
   */
  managersGroup?: string;
  /** The points after an outage starts at which impact is rated, ascending. */
  impactIntervals: number[];
  /** How long an approved analysis holds before its review is due. */
  reviewInterval: HumanDuration;
  /**
   * The MTPD (minutes) at or below which an analysed service counts as
   * critical in the coverage report (default one day).
   */
  criticalMtpdMinutes: number;
  /**
   * How long the catalog's dependency graph read for a caller answers
   * again (`itsm.continuity.graphCache`, default 30 seconds; 0 reads it
   * every time): the catalog itself refreshes in minutes.
   */
  graphCacheMs?: number;
};

/**
 * Reads `itsm.continuity`: `managersGroup` (a group ref), `impactIntervals`
 * (minutes, default 1 h, 4 h, 1 d, 3 d, 1 w), `reviewInterval` (a
 * duration, default `{ months: 12 }`) and `criticalMtpdMinutes` (default
 * 1440). A bad value stops the plugin at start with the key named.
 */
export function readContinuitySettings(config: Config): ContinuitySettings {
  return {
    managersGroup: readManagersGroup(config),
    impactIntervals: readImpactIntervals(config),
    reviewInterval: config.has('itsm.continuity.reviewInterval')
      ? readDurationFromConfig(config, {
          key: 'itsm.continuity.reviewInterval',
        })
      : { months: 12 },
    criticalMtpdMinutes: readCriticalMtpd(config),
    graphCacheMs: config.has('itsm.continuity.graphCache')
      ? durationMs(
          readDurationFromConfig(config, {
            key: 'itsm.continuity.graphCache',
          }),
        )
      : 30_000,
  };
}

/** A duration of seconds, minutes or hours in milliseconds. */
function durationMs(d: HumanDuration): number {
  return (
    ((d.hours ?? 0) * 3600 + (d.minutes ?? 0) * 60 + (d.seconds ?? 0)) * 1000 +
    (d.milliseconds ?? 0)
  );
}

function readManagersGroup(config: Config): string | undefined {
  const ref = config
    .getOptionalString('itsm.continuity.managersGroup')
    ?.trim()
    .toLocaleLowerCase('en-US');
  if (ref === undefined) return undefined;
  if (!/^group:[^/:\s]+\/[^/:\s]+$/.test(ref)) {
    throw new InputError(
      `itsm.continuity.managersGroup must be a group entity ref like group:default/continuity-managers, not '${ref}'`,
    );
  }
  return ref;
}

function readImpactIntervals(config: Config): number[] {
  const key = 'itsm.continuity.impactIntervals';
  const configured = config.getOptional(key);
  if (configured !== undefined && !Array.isArray(configured)) {
    throw new InputError(`${key} must be a list of minutes`);
  }
  const intervals: number[] = (configured as unknown[] | undefined)?.map(
    Number,
  ) ?? [...defaultImpactIntervalMinutes];
  intervals.forEach((minutes, i) => {
    if (!Number.isInteger(minutes) || minutes < 1) {
      throw new InputError(
        `${key}[${i}] must be a whole number of minutes above 0`,
      );
    }
    if (i > 0 && minutes <= intervals[i - 1]) {
      throw new InputError(
        `${key} must be in ascending order, without repeats`,
      );
    }
  });
  if (intervals.length === 0) {
    throw new InputError(`${key} needs at least one point`);
  }
  return intervals;
}

function readCriticalMtpd(config: Config): number {
  const critical =
    config.getOptionalNumber('itsm.continuity.criticalMtpdMinutes') ?? 1440;
  if (!(critical > 0)) {
    throw new InputError(
      'itsm.continuity.criticalMtpdMinutes must be a number of minutes above 0',
    );
  }
  return critical;
}
