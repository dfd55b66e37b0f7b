import { toICalendarEvent } from './toICalendarEvent';

const options = {
  portalUrl: 'http://portal.example.com',
  stateLabels: {
    change: { scheduled: 'Scheduled', submitted: 'Submitted' },
    release: { released: 'Released' },
  },
};

describe('toICalendarEvent', () => {
  it('shows a change by number, title and state, linked to its page, confirmed once scheduled', () => {
    const change = {
      kind: 'change' as const,
      id: 'CHG-4',
      ref: 'CHG-4',
      title: 'Upgrade checkout',
      state: 'scheduled',
      risk: 'high',
      start: '2026-12-02T20:00:00.000Z',
      end: '2026-12-02T22:00:00.000Z',
      entityRefs: ['component:default/checkout'],
    };
    expect(toICalendarEvent(change, options)).toEqual({
      uid: 'CHG-4@backstage-itsm',
      start: change.start,
      end: change.end,
      summary: 'CHG-4 Upgrade checkout (Scheduled)',
      description:
        'State: Scheduled\nRisk: high\nEntities: component:default/checkout\nhttp://portal.example.com/itsm/changes/CHG-4',
      url: 'http://portal.example.com/itsm/changes/CHG-4',
      categories: ['Change'],
      status: 'CONFIRMED',
    });
    expect(
      toICalendarEvent({ ...change, state: 'submitted' }, options).status,
    ).toBe('TENTATIVE');
  });

  it('links a release to its page', () => {
    const event = toICalendarEvent(
      {
        kind: 'release',
        id: 'REL-2',
        ref: 'REL-2',
        title: 'Checkout 2.4.1',
        state: 'released',
        start: '2026-12-08T20:00:00.000Z',
        end: '2026-12-08T22:00:00.000Z',
        entityRefs: ['component:default/checkout'],
      },
      options,
    );
    expect(event).toMatchObject({
      uid: 'REL-2@backstage-itsm',
      summary: 'REL-2 Checkout 2.4.1 (Released)',
      url: 'http://portal.example.com/itsm/releases/REL-2',
      categories: ['Release'],
      status: 'CONFIRMED',
    });
  });

  it('gives each occurrence of a window its own stable uid', () => {
    const occurrence = (start: string) =>
      toICalendarEvent(
        {
          kind: 'maintenance',
          id: 'x',
          title: 'Sunday patching',
          source: 'system:default/payments',
          start,
          end: start,
          entityRefs: ['system:default/payments'],
        },
        options,
      );
    const first = occurrence('2026-12-06T02:00:00.000Z');
    expect(first.summary).toBe('Maintenance window: Sunday patching');
    expect(first.description).toBe(
      'Entities: system:default/payments\nDefined in system:default/payments',
    );
    expect(first.uid).toBe(occurrence('2026-12-06T02:00:00.000Z').uid);
    expect(first.uid).not.toBe(occurrence('2026-12-13T02:00:00.000Z').uid);
  });
});
