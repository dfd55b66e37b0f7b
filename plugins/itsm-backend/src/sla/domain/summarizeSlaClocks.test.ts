import { anSlaClock } from '../../core/__testUtils__/anSlaClock';
import { SlaClock, StoredSlaClock } from '../../core/model/slaClockModel';
import { summarizeSlaClocks } from './summarizeSlaClocks';

const stored = (overrides: Partial<SlaClock> = {}): StoredSlaClock => ({
  ...anSlaClock(overrides),
  id: `clock-${overrides.kind ?? 'restore'}`,
  recordId: 'inc-1',
});

const standing = {
  phase: 'paused' as const,
  warn50At: undefined,
  warn75At: undefined,
  dueAt: undefined,
  nextThresholdAt: undefined,
};

describe('summarizeSlaClocks', () => {
  const before = '2026-11-30T13:00:00.000Z';

  it('shows the running clock that falls due first, with when it warns', () => {
    const response = stored({
      kind: 'response',
      targetMinutes: 60,
      warn75At: '2026-11-28T10:45:00.000Z',
      dueAt: '2026-11-28T11:00:00.000Z',
    });
    expect(
      summarizeSlaClocks([stored(), response], '2026-11-28T10:30:00Z'),
    ).toEqual({
      kind: 'response',
      phase: 'running',
      targetMinutes: 60,
      dueAt: '2026-11-28T11:00:00.000Z',
      warnAt: '2026-11-28T10:45:00.000Z',
      breached: false,
    });
  });

  it('calls a running clock past its due time breached before the scan announced it', () => {
    expect(
      summarizeSlaClocks([stored()], '2026-11-30T16:00:00.000Z'),
    ).toMatchObject({ kind: 'restore', breached: true });
    expect(
      summarizeSlaClocks(
        [stored({ breachedAt: '2026-11-30T16:00:00.000Z' })],
        before,
      ),
    ).toMatchObject({ breached: true });
  });

  it('prefers a running clock to a paused one, and says how much a paused one has left', () => {
    const paused = stored({ ...standing, elapsedMs: 90 * 60_000 });
    const response = stored({ kind: 'response', targetMinutes: 60 });
    expect(summarizeSlaClocks([paused, response], before)).toMatchObject({
      kind: 'response',
      phase: 'running',
    });
    expect(summarizeSlaClocks([paused], before)).toEqual({
      kind: 'restore',
      phase: 'paused',
      targetMinutes: 480,
      remainingMinutes: 390,
      breached: false,
    });
    expect(
      summarizeSlaClocks(
        [stored({ ...standing, elapsedMs: 500 * 60_000 })],
        before,
      ),
    ).toMatchObject({ remainingMinutes: -20, breached: true });
  });

  it('says how the restore clock ended once every clock stopped', () => {
    const stopped = { ...standing, phase: 'stopped' as const };
    expect(
      summarizeSlaClocks(
        [
          stored({
            ...stopped,
            kind: 'response',
            targetMinutes: 60,
            met: false,
          }),
          stored({ ...stopped, met: true }),
        ],
        before,
      ),
    ).toEqual({
      kind: 'restore',
      phase: 'stopped',
      targetMinutes: 480,
      met: true,
      breached: false,
    });
  });

  it('has nothing to show for clocks without a target', () => {
    expect(
      summarizeSlaClocks(
        [stored({ ...standing, targetMinutes: null, phase: 'running' })],
        before,
      ),
    ).toBeUndefined();
    expect(summarizeSlaClocks([], before)).toBeUndefined();
  });
});
