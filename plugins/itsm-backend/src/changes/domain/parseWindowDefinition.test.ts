import { parseWindowDefinition } from './parseWindowDefinition';

const options = {
  kind: 'freeze' as const,
  source: 'config',
  key: 'itsm.changes.freezes[0]',
};

describe('parseWindowDefinition', () => {
  it('reads a one-off window by its end, and a recurring one by its duration', () => {
    expect(
      parseWindowDefinition(
        {
          name: 'Year end',
          start: '2026-12-20T00:00:00Z',
          end: '2027-01-03T00:00:00Z',
        },
        options,
      ),
    ).toEqual({
      ok: true,
      window: {
        name: 'Year end',
        kind: 'freeze',
        start: '2026-12-20T00:00:00.000Z',
        durationMinutes: 14 * 24 * 60,
        source: 'config',
      },
    });
    for (const duration of ['PT4H', { hours: 4 }]) {
      expect(
        parseWindowDefinition(
          {
            name: 'Sunday night',
            start: '2026-01-04T01:00:00Z',
            duration,
            rrule: 'RRULE:FREQ=WEEKLY;BYDAY=SU',
          },
          {
            ...options,
            kind: 'maintenance',
            entityRefs: ['component:default/a'],
          },
        ),
      ).toMatchObject({
        ok: true,
        window: {
          durationMinutes: 240,
          rrule: 'FREQ=WEEKLY;BYDAY=SU',
          entityRefs: ['component:default/a'],
        },
      });
    }
  });

  it.each([
    [
      { start: '2026-12-20T00:00:00Z', end: '2027-01-03T00:00:00Z' },
      'itsm.changes.freezes[0].name is required',
    ],
    [
      { name: 'x', start: 'soon', end: '2027-01-03T00:00:00Z' },
      'itsm.changes.freezes[0].start must be',
    ],
    [
      { name: 'x', start: '2026-12-20T00:00:00Z', end: '2026-12-19T00:00:00Z' },
      'itsm.changes.freezes[0].end must be',
    ],
    [
      { name: 'x', start: '2026-12-20T00:00:00Z' },
      'itsm.changes.freezes[0].duration is required',
    ],
    [
      {
        name: 'x',
        start: '2026-12-20T00:00:00Z',
        duration: 'PT4H',
        rrule: 'EVERY=DAY',
      },
      'itsm.changes.freezes[0].rrule:',
    ],
  ])('refuses %j naming the field', (raw, reason) => {
    const parsed = parseWindowDefinition(raw, options);
    expect(parsed.ok).toBe(false);
    expect((parsed as { reason: string }).reason).toContain(reason);
  });
});
