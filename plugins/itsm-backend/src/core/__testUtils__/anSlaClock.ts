import { SlaClock } from '../database/SlaClockStore';

/** When the clocks of store tests start. */
export const clockStarted = '2026-11-28T10:00:00.000Z';

/**
 * What a store test keeps: a running restore clock under `gold` for P2,
 * 480 minutes in office hours, warning at 12:00 and 14:00 and due at 16:00
 * on 30 November; override what the test is about.
 */
export function anSlaClock(overrides: Partial<SlaClock> = {}): SlaClock {
  return {
    kind: 'restore',
    agreementId: 'gold',
    priority: 'P2',
    calendarId: 'eu-office',
    targetMinutes: 480,
    startedAt: clockStarted,
    phase: 'running',
    idle: [],
    elapsedMs: 0,
    warn50At: '2026-11-30T12:00:00.000Z',
    warn75At: '2026-11-30T14:00:00.000Z',
    dueAt: '2026-11-30T16:00:00.000Z',
    crossed: 0,
    nextThresholdAt: '2026-11-30T12:00:00.000Z',
    updatedAt: clockStarted,
    ...overrides,
  };
}
