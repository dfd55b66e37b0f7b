import { ConfigReader } from '@backstage/config';
import { readSlaSettings } from './readSlaSettings';

const read = (sla: object) =>
  readSlaSettings(new ConfigReader({ itsm: { sla } }));

const calendars = [
  {
    id: 'eu-office',
    timeZone: 'Europe/Berlin',
    hours: {
      monday: '09:00-17:00',
      tuesday: '09:00-12:00, 13:00-17:00',
      friday: '09:00-15:00',
    },
    holidays: ['2026-12-25'],
  },
];

describe('readSlaSettings', () => {
  it('reads calendars, agreements with objectives per priority, and the default', () => {
    const settings = read({
      calendars,
      agreements: [
        {
          id: 'payments-gold',
          name: 'Payments Gold',
          calendar: 'eu-office',
          entities: ['checkout-service'],
          systems: ['payments-platform'],
          categories: ['software'],
          objectives: {
            P1: { response: '15m', restore: '4h', calendar: '24x7' },
            P2: { response: { minutes: 30 }, restore: 'PT8H' },
          },
          satisfaction: 90,
        },
        { id: 'standard', objectives: { P3: { restore: '3d' } } },
      ],
      default: 'standard',
      onBreach: { action: 'reassign', group: 'major-incident-team' },
    });
    expect(settings.onBreach).toEqual({
      action: 'reassign',
      group: 'group:default/major-incident-team',
    });
    const [gold, standard] = settings.agreements;
    expect(gold).toMatchObject({
      id: 'payments-gold',
      name: 'Payments Gold',
      entityRefs: ['component:default/checkout-service'],
      systemRefs: ['system:default/payments-platform'],
      categories: ['software'],
      satisfactionTarget: 90,
    });
    expect(gold.objectives.P1).toMatchObject({ response: 15, restore: 240 });
    expect(gold.objectives.P1?.calendar.id).toBe('24x7');
    expect(gold.objectives.P2).toMatchObject({ response: 30, restore: 480 });
    expect(gold.objectives.P2?.calendar.id).toBe('eu-office');
    expect(gold.objectives.P2?.calendar.week).toEqual({
      1: [{ start: 540, end: 1020 }],
      2: [
        { start: 540, end: 720 },
        { start: 780, end: 1020 },
      ],
      5: [{ start: 540, end: 900 }],
    });
    expect(standard.name).toBe('standard');
    expect(standard.objectives.P3).toMatchObject({ restore: 3 * 1440 });
    expect(standard.objectives.P3?.calendar.id).toBe('24x7');
    expect(settings.defaultAgreement).toBe('standard');
  });

  it('needs nothing configured', () => {
    const settings = readSlaSettings(new ConfigReader({}));
    expect(settings.agreements).toEqual([]);
    expect(settings.defaultAgreement).toBeUndefined();
    expect([...settings.calendars.keys()]).toEqual(['24x7']);
    expect(settings.onBreach).toEqual({ action: 'raise-tier' });
    expect(settings.scanFrequency).toEqual({ minutes: 1 });
    expect(read({ scanFrequency: '10s' }).scanFrequency).toEqual({
      seconds: 10,
    });
  });

  it.each([
    [
      { calendars: [{ ...calendars[0], timeZone: 'Mars/Olympus' }] },
      /itsm.sla.calendars\[0\].timeZone 'Mars\/Olympus' is not a time zone/,
    ],
    [
      { calendars: [{ ...calendars[0], hours: { funday: '09:00-17:00' } }] },
      /itsm.sla.calendars\[0\].hours.funday is not a weekday/,
    ],
    [
      { calendars: [{ ...calendars[0], hours: { monday: '17:00-09:00' } }] },
      /itsm.sla.calendars\[0\].hours.monday must be working hours/,
    ],
    [
      { calendars: [{ ...calendars[0], hours: {} }] },
      /itsm.sla.calendars\[0\].hours must open on at least one weekday/,
    ],
    [
      { calendars: [{ ...calendars[0], holidays: ['25.12.2026'] }] },
      /itsm.sla.calendars\[0\].holidays\[0\] must be a date/,
    ],
    [
      { agreements: [{ id: 'a', calendar: 'nope', objectives: {} }] },
      /itsm.sla.agreements\[0\].calendar names no calendar 'nope'/,
    ],
    [
      { agreements: [{ id: 'a', objectives: { P9: { restore: '1h' } } }] },
      /itsm.sla.agreements\[0\].objectives.P9 is not a priority/,
    ],
    [
      { agreements: [{ id: 'a', objectives: { P1: { restore: '0m' } } }] },
      /itsm.sla.agreements\[0\].objectives.P1.restore must be a duration of whole minutes above zero/,
    ],
    [
      { agreements: [{ id: 'a', objectives: {}, satisfaction: 120 }] },
      /itsm.sla.agreements\[0\].satisfaction must be a percentage/,
    ],
    [
      {
        agreements: [
          { id: 'a', objectives: {} },
          { id: 'a', objectives: {} },
        ],
      },
      /itsm.sla.agreements\[1\].id 'a' is taken/,
    ],
    [
      { onBreach: { action: 'panic' } },
      /itsm.sla.onBreach.action must be raise-tier, reassign or none, not 'panic'/,
    ],
    [
      { agreements: [], default: 'gold' },
      /itsm.sla.default names no agreement 'gold'/,
    ],
  ])('refuses a bad setting, naming it (%#)', (sla, message) => {
    expect(() => read(sla)).toThrow(message);
  });
});
