import { trainingRequestOf } from './trainingForm';

describe('trainingRequestOf', () => {
  it('reads attendees and material one per line', () => {
    expect(
      trainingRequestOf({
        title: ' Incident handover ',
        description: '',
        process: 'incidents',
        attendees: 'group:default/payments-team\nuser:default/wes.web, ',
        materials:
          'Handover runbook | https://wiki.example.com/handover\nhttps://wiki.example.com/esc',
        scheduledAt: '2026-12-10T09:00:00Z',
      }),
    ).toEqual({
      title: 'Incident handover',
      description: '',
      entityRefs: [],
      process: 'incidents',
      attendees: ['group:default/payments-team', 'user:default/wes.web'],
      scheduledAt: '2026-12-10T09:00:00.000Z',
      materials: [
        { title: 'Handover runbook', url: 'https://wiki.example.com/handover' },
        {
          title: 'https://wiki.example.com/esc',
          url: 'https://wiki.example.com/esc',
        },
      ],
    });
  });
});
