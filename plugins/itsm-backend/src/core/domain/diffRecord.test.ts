import fc from 'fast-check';
import { StoredRecord } from '../model/recordModel';
import { diffRecord } from './diffRecord';

const record: StoredRecord = {
  id: '6f1c1d5e-5b7a-4a57-9a3e-1d0f2b0c9a11',
  type: 'incident',
  number: 12,
  ref: 'INC-12',
  title: 'Checkout fails',
  description: 'HTTP 500 on /pay',
  state: 'in_progress',
  priority: 'P2',
  version: 3,
  fields: {},
  // As the store returns them: unique and sorted.
  entityRefs: [
    'component:default/checkout-service',
    'resource:default/payments-db',
  ],
  reportedBy: 'user:default/pat.engineer',
  reopenCount: 0,
  escalationCount: 0,
  createdBy: 'user:default/pat.engineer',
  createdAt: '2026-11-28T10:00:00.000Z',
  updatedAt: '2026-11-28T10:30:00.000Z',
};

describe('diffRecord', () => {
  it('finds no change in an empty edit', () => {
    expect(diffRecord(record, {})).toEqual([]);
  });

  it('finds no change when every field is sent with its current value', () => {
    expect(
      diffRecord(record, {
        title: record.title,
        description: record.description,
        priority: record.priority,
        entityRefs: [...record.entityRefs],
      }),
    ).toEqual([]);
  });

  it('compares entity refs as sets: order and repeats are no change', () => {
    expect(
      diffRecord(record, {
        entityRefs: [
          'resource:default/payments-db',
          'component:default/checkout-service',
          'resource:default/payments-db',
        ],
      }),
    ).toEqual([]);
  });

  it('reports a changed entity set as the sorted, unique new set', () => {
    expect(
      diffRecord(record, {
        entityRefs: [
          'system:default/payments',
          'component:default/checkout-service',
          'system:default/payments',
        ],
      }),
    ).toEqual([
      {
        field: 'entityRefs',
        from: record.entityRefs,
        to: ['component:default/checkout-service', 'system:default/payments'],
      },
    ]);
  });

  it('reports removing every entity', () => {
    expect(diffRecord(record, { entityRefs: [] })).toEqual([
      { field: 'entityRefs', from: record.entityRefs, to: [] },
    ]);
  });

  it('reports each changed field with its old and new value', () => {
    expect(
      diffRecord(record, { title: 'Checkout fails for EU cards' }),
    ).toEqual([
      {
        field: 'title',
        from: 'Checkout fails',
        to: 'Checkout fails for EU cards',
      },
    ]);
    expect(diffRecord(record, { description: '' })).toEqual([
      { field: 'description', from: 'HTTP 500 on /pay', to: '' },
    ]);
    expect(diffRecord(record, { priority: 'P1' })).toEqual([
      { field: 'priority', from: 'P2', to: 'P1' },
    ]);
  });

  it('leaves out the fields that did not change', () => {
    expect(
      diffRecord(record, {
        title: record.title,
        priority: 'P1',
        description: record.description,
      }),
    ).toEqual([{ field: 'priority', from: 'P2', to: 'P1' }]);
  });

  it('lists changes in the same order whatever the order of the edit', () => {
    const expected = ['title', 'description', 'priority', 'entityRefs'];
    const edits = {
      entityRefs: ['system:default/payments'],
      priority: 'P1',
      description: 'new',
      title: 'new',
    };
    fc.assert(
      fc.property(fc.shuffledSubarray(Object.keys(edits)), keys => {
        const edit = Object.fromEntries(
          keys.map(k => [k, edits[k as keyof typeof edits]]),
        );
        expect(diffRecord(record, edit).map(c => c.field)).toEqual(
          expected.filter(f => keys.includes(f)),
        );
      }),
    );
  });

  it('never reports a change for an edit that repeats the record', () => {
    const anyRecord = fc.record({
      title: fc.string(),
      description: fc.string(),
      priority: fc.constantFrom('P1', 'P2', 'P3', 'P4'),
      entityRefs: fc.uniqueArray(fc.string()).map(refs => refs.sort()),
    });
    fc.assert(
      fc.property(anyRecord, fc.boolean(), (fields, shuffle) => {
        const r = { ...record, ...fields };
        const refs = shuffle ? [...r.entityRefs].reverse() : r.entityRefs;
        expect(
          diffRecord(r, { ...fields, entityRefs: [...refs, ...refs] }),
        ).toEqual([]);
      }),
    );
  });
});
