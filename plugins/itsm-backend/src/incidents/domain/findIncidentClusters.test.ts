import { aStoredRecord } from '../../core/__testUtils__/aStoredRecord';
import { findIncidentClusters } from './findIncidentClusters';

const incident = (n: number, entityRefs: string[], category = 'software') =>
  aStoredRecord({
    id: `i${n}`,
    ref: `INC-${n}`,
    number: n,
    entityRefs,
    category,
    createdAt: `2026-11-28T10:0${n}:00.000Z`,
  });

const api = 'component:default/payments-api';
const db = 'resource:default/payments-db';

describe('findIncidentClusters', () => {
  it('puts an incident in one cluster only: the largest entity cluster first, then categories of those left', () => {
    const incidents = [
      incident(1, [api, db]),
      incident(2, [api]),
      incident(3, [api, db]),
      incident(4, [db]),
      incident(5, [db], 'network'),
      incident(6, ['component:default/web'], 'network'),
      incident(7, ['component:default/mail'], 'network'),
      incident(8, ['component:default/mail'], 'network'),
    ];
    const clusters = findIncidentClusters({
      incidents,
      threshold: 3,
      bases: ['entity', 'category'],
    });
    // payments-db has four (1, 3, 4, 5); payments-api keeps only INC-2 then.
    expect(
      clusters.map(c => [c.basis, c.value, c.incidents.map(i => i.ref)]),
    ).toEqual([
      ['entity', db, ['INC-1', 'INC-3', 'INC-4', 'INC-5']],
      ['category', 'network', ['INC-6', 'INC-7', 'INC-8']],
    ]);
  });

  it('needs the threshold, and only the bases asked for', () => {
    const incidents = [
      incident(1, [api], 'network'),
      incident(2, [db], 'network'),
      incident(3, ['component:default/web'], 'network'),
    ];
    expect(
      findIncidentClusters({ incidents, threshold: 3, bases: ['entity'] }),
    ).toEqual([]);
    expect(
      findIncidentClusters({
        incidents,
        threshold: 3,
        bases: ['category'],
      }).map(c => c.value),
    ).toEqual(['network']);
    expect(
      findIncidentClusters({ incidents, threshold: 4, bases: ['category'] }),
    ).toEqual([]);
  });
});
