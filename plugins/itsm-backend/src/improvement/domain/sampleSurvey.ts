import { createHash } from 'node:crypto';

/**
 * Whether a survey asks about `key` (a closed incident's id, a service and
 * consumer for a month), decided by a hash of both, so every retry and
 * every replica decides the same: asked when the hash, read as a fraction
 * of 1, is below the sampling rate.
 */
export function sampleSurvey(
  surveyId: string,
  key: string,
  rate: number,
): boolean {
  if (rate >= 1) return true;
  if (rate <= 0) return false;
  const digest = createHash('sha256').update(`${surveyId}\n${key}`).digest();
  return digest.readUInt32BE(0) / 0x100000000 < rate;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The claim of one invitation of a survey per person and period: the
 * period of `onePerPersonPer` days the incident was closed in (periods
 * counted from 1970-01-01), or the month of a periodic survey. The
 * database keeps one invitation per claim.
 */
export function surveyClaimKey(options: {
  surveyId: string;
  recipient: string;
  period: string;
}): string {
  return `${options.surveyId}|${options.recipient}|${options.period}`;
}

/** The period of `days` days an instant is in, as a number (see {@link surveyClaimKey}). */
export function dayPeriodOf(time: string, days: number): string {
  return `d${Math.floor(Date.parse(time) / (days * DAY_MS))}`;
}
