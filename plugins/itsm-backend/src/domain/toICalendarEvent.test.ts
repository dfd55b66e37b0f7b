import { toICalendarEvent } from './toICalendarEvent';

const options = {
  portalUrl: 'http://portal.example.com',
  stateLabels: { scheduled: 'Scheduled', submitted: 'Submitted' },
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
