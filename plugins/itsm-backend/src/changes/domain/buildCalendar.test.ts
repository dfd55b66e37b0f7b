import { aStoredRecord } from '../../core/__testUtils__/aStoredRecord';
import { buildCalendar } from './buildCalendar';
import { WindowDefinition } from './expandWindow';

const aChange = (number: number, start: string, end: string) =>
  aStoredRecord({
    type: 'change',
    number,
    ref: `CHG-${number}`,
    title: `Change ${number}`,
    state: 'scheduled',
    fields: { model: 'normal', risk: { level: 'medium' } },
    entityRefs: ['component:default/checkout'],
    window: { start, end },
  });

const sundays: WindowDefinition = {
  name: 'Sunday patching',
  kind: 'maintenance',
  start: '2026-11-01T02:00:00.000Z',
  durationMinutes: 120,
  rrule: 'FREQ=WEEKLY;BYDAY=SU',
  entityRefs: ['system:default/payments'],
  source: 'system:default/payments',
};

const yearEnd: WindowDefinition = {
  name: 'Year-end freeze',
  kind: 'freeze',
  start: '2026-12-20T00:00:00.000Z',
  durationMinutes: 15 * 24 * 60,
  source: 'config',
};

describe('buildCalendar', () => {
  it('lists the changes and every occurrence of the windows in the range, by start', () => {
    const events = buildCalendar({
      range: {
        start: '2026-12-01T00:00:00.000Z',
        end: '2026-12-15T00:00:00.000Z',
      },
      records: [
        aChange(2, '2026-12-06T02:00:00.000Z', '2026-12-06T03:00:00.000Z'),
        aChange(1, '2026-12-02T20:00:00.000Z', '2026-12-02T22:00:00.000Z'),
      ],
      windows: [sundays, yearEnd],
    });
    expect(events.map(e => [e.start, e.kind, e.title])).toEqual([
      ['2026-12-02T20:00:00.000Z', 'change', 'Change 1'],
      ['2026-12-06T02:00:00.000Z', 'maintenance', 'Sunday patching'],
      ['2026-12-06T02:00:00.000Z', 'change', 'Change 2'],
      ['2026-12-13T02:00:00.000Z', 'maintenance', 'Sunday patching'],
    ]);
    expect(events[0]).toEqual({
      kind: 'change',
      id: 'CHG-1',
      title: 'Change 1',
      start: '2026-12-02T20:00:00.000Z',
      end: '2026-12-02T22:00:00.000Z',
      entityRefs: ['component:default/checkout'],
      ref: 'CHG-1',
      state: 'scheduled',
      model: 'normal',
      risk: 'medium',
    });
    expect(events[1]).toMatchObject({
      end: '2026-12-06T04:00:00.000Z',
      entityRefs: ['system:default/payments'],
      source: 'system:default/payments',
    });
    expect(new Set(events.map(e => e.id)).size).toBe(events.length);
  });

  it('shows a window that began before the range, and leaves out changes without a window', () => {
    const events = buildCalendar({
      range: {
        start: '2026-12-28T00:00:00.000Z',
        end: '2027-01-01T00:00:00.000Z',
      },
      records: [aStoredRecord({ type: 'change', ref: 'CHG-9', number: 9 })],
      windows: [yearEnd],
    });
    expect(events).toEqual([
      expect.objectContaining({
        kind: 'freeze',
        start: '2026-12-20T00:00:00.000Z',
        end: '2027-01-04T00:00:00.000Z',
        entityRefs: [],
      }),
    ]);
  });
});
