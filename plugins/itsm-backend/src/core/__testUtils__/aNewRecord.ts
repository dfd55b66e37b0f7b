import { CreateRecordOptions } from '../database/RecordStore';

/**
 * What a store test creates: a new P2 incident of checkout-service (owned
 * by the payments team), reported by pat.engineer; override what the test
 * is about.
 */
export function aNewRecord(
  overrides: Partial<CreateRecordOptions> = {},
): CreateRecordOptions {
  return {
    type: 'incident',
    title: 'Checkout fails',
    description: 'HTTP 500 on /pay',
    state: 'new',
    isOpen: true,
    priority: 'P2',
    fields: {},
    entityRefs: ['component:default/checkout-service'],
    reportedBy: 'user:default/pat.engineer',
    createdBy: 'user:default/pat.engineer',
    entityOwners: [
      {
        entityRef: 'component:default/checkout-service',
        ownerRef: 'group:default/payments-team',
      },
    ],
    now: '2026-11-28T10:00:00.000Z',
    ...overrides,
  };
}
