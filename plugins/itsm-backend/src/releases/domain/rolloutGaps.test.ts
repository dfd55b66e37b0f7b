import { aStoredRecord } from '../../core/__testUtils__/aStoredRecord';
import { rolloutGaps } from './rolloutGaps';

const window = {
  start: '2026-12-08T20:00:00.000Z',
  end: '2026-12-08T22:00:00.000Z',
};
const release = aStoredRecord({
  type: 'release',
  ref: 'REL-3',
  state: 'ready',
  entityRefs: ['component:default/checkout-service'],
  window,
  fields: {
    entityRef: 'component:default/checkout-service',
    changeRequest: 'CHG-7',
  },
});
const approvedChange = aStoredRecord({
  type: 'change',
  ref: 'CHG-7',
  state: 'scheduled',
  entityRefs: ['component:default/checkout-service'],
  fields: {
    model: 'normal',
    approval: {
      round: 1,
      status: 'approved',
      covers: { entityRefs: ['component:default/checkout-service'] },
    },
  },
});
const during = '2026-12-08T21:00:00.000Z';

describe('rolloutGaps', () => {
  it('finds none inside the window under an approved change that covers the released entity', () => {
    expect(
      rolloutGaps({ release, change: approvedChange, now: during }),
    ).toEqual([]);
  });

  it.each([
    [
      'before its window',
      { now: '2026-12-08T19:59:59.999Z' },
      'it is outside its window (8 Dec 2026, 20:00–22:00 UTC)',
    ],
    [
      'at the end of its window',
      { now: window.end },
      'it is outside its window (8 Dec 2026, 20:00–22:00 UTC)',
    ],
    [
      'without a change request',
      {
        release: {
          ...release,
          fields: { entityRef: release.fields.entityRef },
        },
      },
      'it carries no change request',
    ],
    [
      'when the change cannot be read',
      { change: undefined },
      'its change request CHG-7 cannot be read',
    ],
    [
      'under a change still awaiting approval',
      {
        change: {
          ...approvedChange,
          state: 'awaiting_approval',
          fields: { ...approvedChange.fields, approval: { status: 'pending' } },
        },
      },
      'its change request CHG-7 is not approved (it is awaiting approval)',
    ],
    [
      'under a change whose approval covers other entities (even if the record now names it)',
      {
        change: {
          ...approvedChange,
          fields: {
            ...approvedChange.fields,
            approval: {
              round: 1,
              status: 'approved',
              covers: { entityRefs: ['component:default/ledger-service'] },
            },
          },
        },
      },
      'its change request CHG-7 does not cover checkout-service',
    ],
  ])('names the gap %s', (_, overrides, gap) => {
    expect(
      rolloutGaps({
        release,
        change: approvedChange,
        now: during,
        ...overrides,
      } as Parameters<typeof rolloutGaps>[0]),
    ).toEqual([gap]);
  });
});
