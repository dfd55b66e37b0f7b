import { drillRruleProblem, nextDrillDates } from './planDrillSchedule';

describe('a drill schedule', () => {
  const start = '2026-01-15T09:00:00Z';

  it('gives the next three dates after now by its rule', () => {
    expect(
      nextDrillDates(
        { rrule: 'FREQ=MONTHLY;INTERVAL=6', start },
        new Date('2026-12-08T00:00:00Z'),
      ),
    ).toEqual([
      '2027-01-15T09:00:00.000Z',
      '2027-07-15T09:00:00.000Z',
      '2028-01-15T09:00:00.000Z',
    ]);
  });

  it('gives fewer when the rule ends', () => {
    expect(
      nextDrillDates(
        { rrule: 'FREQ=YEARLY;COUNT=2', start },
        new Date('2026-12-08T00:00:00Z'),
      ),
    ).toEqual(['2027-01-15T09:00:00.000Z']);
  });

  it('refuses what is not a drill rule, saying why', () => {
    expect(drillRruleProblem('FREQ=WEEKLY;BYDAY=FR', start)).toBeUndefined();
    expect(drillRruleProblem('FREQ=MINUTELY', start)).toMatch(
      /more often than daily/,
    );
    expect(drillRruleProblem('FREQ=WEEKLY;BYDAY=XX', start)).toMatch(
      /not an iCalendar RRULE/,
    );
    expect(
      drillRruleProblem('FREQ=DAILY\nDTSTART:20200101T000000Z', start),
    ).toMatch(/RRULE value alone/);
  });
});
