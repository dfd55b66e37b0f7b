import { aStoredRecord } from '../../core/__testUtils__/aStoredRecord';
import { presentIncident } from './incidentPresenters';

const record = aStoredRecord({ number: 3 });

describe('presentIncident', () => {
  it('shows an open incident without resolution or end times', () => {
    const shown = presentIncident(record);
    expect(shown).toEqual({
      id: record.id,
      ref: 'INC-3',
      type: 'incident',
      version: 1,
      state: 'new',
      title: 'Checkout fails',
      description: '',
      priority: 'P3',
      entityRefs: [],
      reportedBy: 'user:default/pat.engineer',
      createdBy: 'user:default/pat.engineer',
      createdAt: '2026-11-28T10:00:00.000Z',
      updatedAt: '2026-11-28T10:00:00.000Z',
    });
  });

  it('shows the resolution and the end times once there are some', () => {
    const shown = presentIncident({
      ...record,
      state: 'closed',
      fields: { resolution: 'Restarted' },
      resolvedAt: '2026-11-28T11:00:00.000Z',
      closedAt: '2026-11-28T12:00:00.000Z',
    });
    expect(shown).toMatchObject({
      resolution: 'Restarted',
      resolvedAt: '2026-11-28T11:00:00.000Z',
      closedAt: '2026-11-28T12:00:00.000Z',
    });
  });

  it('keeps type fields that are not part of the API out of it', () => {
    const shown = presentIncident({
      ...record,
      fields: { resolution: 42, secret: 'x' },
    });
    expect(shown).not.toHaveProperty('resolution');
    expect(shown).not.toHaveProperty('secret');
    expect(shown).not.toHaveProperty('fields');
    expect(shown).not.toHaveProperty('number');
  });
});
