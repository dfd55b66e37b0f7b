import { ContinuityPlan } from '@backstage-itsm/plugin-itsm-common';
import {
  contentRequestOf,
  describeContentError,
  draftOf,
  moveItem,
} from './planContentDraft';

const plan = {
  ref: 'CP-1',
  version: 3,
  entityRefs: ['component:default/checkout-service'],
  measures: [
    {
      id: 'm1',
      phase: 'prevention',
      title: 'Replicate payments-db',
      owner: 'group:default/payments-team',
      dueDate: '2027-01-31',
      doneAt: '2026-11-02T10:00:00Z',
    },
  ],
  procedure: [
    {
      id: 's1',
      title: 'Declare',
      role: 'Incident manager',
      expectedMinutes: 10,
    },
  ],
  activation: { text: 'Checkout down', majorIncident: true },
  resources: { entityRefs: [], items: ['Standby rack'] },
  contacts: { refs: [], others: [{ name: 'Bank', reach: '+44 1' }] },
  schedule: [
    {
      id: 'd1',
      title: 'Failover drill',
      rrule: 'FREQ=MONTHLY;INTERVAL=6',
      start: '2026-01-15T09:00:00Z',
      nextDates: [],
    },
  ],
} as unknown as ContinuityPlan;

describe('the plan content draft', () => {
  it('sends back what it read unchanged, keeping each measure, step and drill by its id', () => {
    const request = contentRequestOf(draftOf(plan), plan.version);
    expect(request).toEqual({
      version: 3,
      measures: [
        {
          id: 'm1',
          phase: 'prevention',
          title: 'Replicate payments-db',
          owner: 'group:default/payments-team',
          dueDate: '2027-01-31',
        },
      ],
      procedure: [
        {
          id: 's1',
          title: 'Declare',
          role: 'Incident manager',
          expectedMinutes: 10,
        },
      ],
      activation: {
        text: 'Checkout down',
        majorIncident: true,
        coveredEntityAffected: false,
      },
      resources: { entityRefs: [], items: ['Standby rack'] },
      contacts: { refs: [], others: [{ name: 'Bank', reach: '+44 1' }] },
      schedule: [
        {
          id: 'd1',
          title: 'Failover drill',
          rrule: 'FREQ=MONTHLY;INTERVAL=6',
          start: '2026-01-15T09:00:00Z',
        },
      ],
    });
  });

  it('drops blank free items and contacts', () => {
    const draft = draftOf(plan);
    draft.resources.items.push('  ');
    draft.contacts.others.push({ name: '', reach: '' });
    const request = contentRequestOf(draft, 3);
    expect(request.resources!.items).toEqual(['Standby rack']);
    expect(request.contacts!.others).toHaveLength(1);
  });

  it('moves a step up and down, and not past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('names the part of the dialog a refusal points at, rows counted from 1', () => {
    expect(
      describeContentError('procedure[0].runbookUrl must be an http(s) URL'),
    ).toBe('Procedure, row 1: procedure[0].runbookUrl must be an http(s) URL');
    expect(
      describeContentError('request/body/schedule/1/rrule must be string'),
    ).toBe(
      'Drill schedule, row 2: request/body/schedule/1/rrule must be string',
    );
    expect(describeContentError('Something else')).toBe('Something else');
  });
});
