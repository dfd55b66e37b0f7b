import { IncidentSlaSummary } from '@backstage-itsm/plugin-itsm-common';
import { slaInWords } from './slaInWords';

const now = new Date('2026-11-28T10:00:00.000Z');
const running = (
  over: Partial<IncidentSlaSummary> = {},
): IncidentSlaSummary => ({
  kind: 'restore',
  phase: 'running',
  targetMinutes: 240,
  dueAt: '2026-11-28T11:20:00.000Z',
  warnAt: '2026-11-28T11:00:00.000Z',
  breached: false,
  ...over,
});

describe('slaInWords', () => {
  it('says how long a running clock has left, and when it is near its target', () => {
    expect(slaInWords(running(), now)).toMatchObject({
      text: '1 h 20 min left',
      tone: 'ok',
    });
    expect(
      slaInWords(running({ warnAt: '2026-11-28T09:30:00.000Z' }), now),
    ).toMatchObject({ text: '1 h 20 min left', tone: 'near' });
    expect(slaInWords(running(), now)?.detail).toMatch(
      /^Restore target of 4 h, due /,
    );
  });

  it('says how long ago a clock past its target was breached', () => {
    expect(
      slaInWords(
        running({ dueAt: '2026-11-28T09:35:00.000Z', breached: true }),
        now,
      ),
    ).toMatchObject({ text: 'Breached 25 min ago', tone: 'over' });
    // Due already, before the breach scan said so.
    expect(
      slaInWords(running({ dueAt: '2026-11-28T09:59:00.000Z' }), now),
    ).toMatchObject({ text: 'Breached 1 min ago', tone: 'over' });
  });

  it('says a standing clock is paused, and how a stopped one ended', () => {
    const paused: IncidentSlaSummary = {
      kind: 'restore',
      phase: 'paused',
      targetMinutes: 240,
      remainingMinutes: 200,
      breached: false,
    };
    expect(slaInWords(paused, now)).toEqual({
      text: 'Paused',
      tone: 'idle',
      detail: 'Restore target paused with 3 h 20 min left',
    });
    expect(
      slaInWords({ ...paused, remainingMinutes: -30, breached: true }, now),
    ).toMatchObject({ text: 'Paused, breached', tone: 'over' });
    const stopped = { ...paused, phase: 'stopped' as const };
    expect(slaInWords({ ...stopped, met: true }, now)?.text).toBe('Met');
    expect(slaInWords({ ...stopped, met: false }, now)).toMatchObject({
      text: 'Missed',
      tone: 'over',
    });
    expect(slaInWords(undefined, now)).toBeUndefined();
  });
});
