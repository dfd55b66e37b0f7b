import { approvedContentOf } from '@backstage-itsm/plugin-itsm-common';
import { ConflictError } from '@backstage/errors';
import { aStoredRecord } from '../__testUtils__/aStoredRecord';
import { checkApprovalCovers } from './checkApprovalCovers';

const draft = aStoredRecord({
  type: 'change',
  ref: 'CHG-54',
  state: 'awaiting_approval',
  entityRefs: ['component:default/checkout-service'],
  window: {
    start: '2026-12-08T20:00:00.000Z',
    end: '2026-12-08T22:00:00.000Z',
  },
  fields: { model: 'normal', changeType: 'system', plan: [{ title: 'Go' }] },
});
const round = (status: string, covers?: object) => ({
  round: 2,
  requestedAt: '2026-12-01T10:00:00.000Z',
  groups: [],
  decisions: [],
  status,
  ...(covers ? { covers } : {}),
});
const awaiting = {
  ...draft,
  fields: {
    ...draft.fields,
    approval: round('pending', approvedContentOf(draft)),
  },
};
const switchToo = {
  entityRefs: [
    'component:default/checkout-service',
    'resource:default/core-switch-01',
  ],
};

describe('checkApprovalCovers', () => {
  it('lets through writes that leave the approved content alone', () => {
    expect(() =>
      checkApprovalCovers(awaiting, {
        fields: { ...awaiting.fields, assessedAt: 'now' },
        title: 'Renamed',
      }),
    ).not.toThrow();
  });

  it('refuses new entities while approval is pending, naming the field and the state', () => {
    expect(() => checkApprovalCovers(awaiting, switchToo)).toThrow(
      new ConflictError(
        'entityRefs: CHG-54 is awaiting approval and its approval (round 2) covers its affected entities as they were submitted; wait for the decision, or have it rejected and ask again',
      ),
    );
  });

  it('refuses a new window once approved', () => {
    const scheduled = {
      ...awaiting,
      state: 'scheduled',
      fields: {
        ...awaiting.fields,
        approval: round('approved', approvedContentOf(draft)),
      },
    };
    expect(() =>
      checkApprovalCovers(scheduled, {
        window: {
          start: '2026-12-09T20:00:00.000Z',
          end: '2026-12-09T22:00:00.000Z',
        },
      }),
    ).toThrow(
      /^window: CHG-54 is scheduled and its approval \(round 2\) covers its window as they were approved; they can no longer change/,
    );
  });

  it('takes a round started in the same write as covering the new content', () => {
    const widened = { ...draft, ...switchToo };
    expect(() =>
      checkApprovalCovers(awaiting, {
        ...switchToo,
        fields: {
          ...awaiting.fields,
          approval: round('pending', approvedContentOf(widened)),
        },
      }),
    ).not.toThrow();
  });

  it('reads a round asked before snapshots were kept as covering the content as it was', () => {
    const legacy = {
      ...draft,
      fields: { ...draft.fields, approval: round('approved') },
    };
    expect(() => checkApprovalCovers(legacy, switchToo)).toThrow(ConflictError);
    expect(() => checkApprovalCovers(legacy, { title: 'x' })).not.toThrow();
  });

  it('frees the content after a rejection, and of records never sent for approval', () => {
    const rejected = {
      ...draft,
      state: 'draft',
      fields: { ...draft.fields, approval: round('rejected', {}) },
    };
    expect(() => checkApprovalCovers(rejected, switchToo)).not.toThrow();
    expect(() =>
      checkApprovalCovers({ ...draft, state: 'draft' }, switchToo),
    ).not.toThrow();
  });

  it("names the move that asks again where the workflow has one (an improvement item's resubmit)", () => {
    const item = aStoredRecord({
      type: 'improvement',
      ref: 'IMP-7',
      state: 'in_progress',
      entityRefs: [],
      fields: { indicatorId: 'incident-escalation-rate', target: 20 },
    });
    const started = {
      ...item,
      fields: {
        ...item.fields,
        approval: round('approved', approvedContentOf(item)),
      },
    };
    expect(() =>
      checkApprovalCovers(started, {
        fields: { ...started.fields, target: 30 },
      }),
    ).toThrow(
      'target: IMP-7 is in progress and its approval (round 2) covers its target as they were approved; they change only under a new approval: resubmit for approval (resubmit) first',
    );
  });
});
