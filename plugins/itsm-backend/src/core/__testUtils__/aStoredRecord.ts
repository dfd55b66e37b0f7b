import { StoredRecord } from '../model/recordModel';

/**
 * A stored incident for tests of pure logic: new, P3, reported by
 * pat.engineer, worked by nobody yet; override what the test is about.
 */
export function aStoredRecord(
  overrides: Partial<StoredRecord> = {},
): StoredRecord {
  const number = overrides.number ?? 1;
  return {
    id: '6f1c1d5e-5b7a-4a57-9a3e-1d0f2b0c9a11',
    type: 'incident',
    number,
    ref: `INC-${number}`,
    title: 'Checkout fails',
    description: '',
    state: 'new',
    priority: 'P3',
    version: 1,
    fields: {},
    entityRefs: [],
    reportedBy: 'user:default/pat.engineer',
    reopenCount: 0,
    escalationCount: 0,
    createdBy: 'user:default/pat.engineer',
    createdAt: '2026-11-28T10:00:00.000Z',
    updatedAt: '2026-11-28T10:00:00.000Z',
    ...overrides,
  };
}
