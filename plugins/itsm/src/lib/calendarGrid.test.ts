import {
  calendarRange,
  calendarWeeks,
  eventsOnDay,
  formatDayParam,
  parseDayParam,
  shiftAnchor,
  startOfWeek,
} from './calendarGrid';

const day = (y: number, m: number, d: number) => new Date(y, m - 1, d);
const days = (dates: Date[]) => dates.map(formatDayParam);

describe('calendarGrid', () => {
  it('starts weeks on Monday', () => {
    expect(formatDayParam(startOfWeek(day(2026, 12, 2)))).toBe('2026-11-30');
    expect(formatDayParam(startOfWeek(day(2026, 12, 6)))).toBe('2026-11-30');
    expect(formatDayParam(startOfWeek(day(2026, 12, 7)))).toBe('2026-12-07');
  });

  it('shows a month as the whole weeks that hold its days', () => {
    const weeks = calendarWeeks('month', day(2026, 12, 15));
    expect(weeks).toHaveLength(5);
    expect(weeks.every(w => w.length === 7)).toBe(true);
    expect(days(weeks[0])[0]).toBe('2026-11-30');
    expect(days(weeks[4])[6]).toBe('2027-01-03');
    // February 2027 starts on a Monday and ends on a Sunday: four weeks.
    expect(calendarWeeks('month', day(2027, 2, 10))).toHaveLength(4);
  });

  it('shows a week as its seven days, and covers whole days', () => {
    const [week] = calendarWeeks('week', day(2026, 12, 31));
    expect(days(week)).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
    const { from, to } = calendarRange('week', day(2026, 12, 31));
    expect(from).toEqual(day(2026, 12, 28));
    expect(to).toEqual(day(2027, 1, 4));
  });

  it('moves by a month or a week', () => {
    expect(formatDayParam(shiftAnchor('month', day(2026, 1, 31), 1))).toBe(
      '2026-02-01',
    );
    expect(formatDayParam(shiftAnchor('month', day(2026, 1, 31), -1))).toBe(
      '2025-12-01',
    );
    expect(formatDayParam(shiftAnchor('week', day(2026, 12, 30), 1))).toBe(
      '2027-01-06',
    );
  });

  it('puts an event on every day it overlaps, and not on the day it ends at midnight', () => {
    const event = {
      start: day(2026, 12, 20).toISOString(),
      end: day(2026, 12, 22).toISOString(),
    };
    expect(eventsOnDay([event], day(2026, 12, 19))).toEqual([]);
    expect(eventsOnDay([event], day(2026, 12, 20))).toEqual([event]);
    expect(eventsOnDay([event], day(2026, 12, 21))).toEqual([event]);
    expect(eventsOnDay([event], day(2026, 12, 22))).toEqual([]);
    const evening = {
      start: new Date(2026, 11, 2, 20).toISOString(),
      end: new Date(2026, 11, 2, 22).toISOString(),
    };
    expect(eventsOnDay([evening], day(2026, 12, 2))).toEqual([evening]);
  });

  it('reads only real days from the URL', () => {
    expect(parseDayParam('2026-12-02')).toEqual(day(2026, 12, 2));
    expect(parseDayParam('2026-02-30')).toBeUndefined();
    expect(parseDayParam('soon')).toBeUndefined();
    expect(parseDayParam(null)).toBeUndefined();
  });
});
