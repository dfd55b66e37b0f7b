import { aNewRecord } from '../__testUtils__/aNewRecord';
import { recordStoreDatabases } from '../__testUtils__/recordStoreDatabases';

jest.setTimeout(60_000);

const { ids, createStore } = recordStoreDatabases();

const base = aNewRecord();

describe.each(ids)('DatabaseRecordStore on %p', id => {
  it('pages through an entity newest first without gaps or repeats', async () => {
    const { store } = await createStore(id);
    for (let i = 0; i < 7; i++) {
      await store.createRecord({
        ...base,
        entityRefs: i % 2 ? ['component:default/other'] : base.entityRefs,
      });
    }
    const seen: string[] = [];
    let before: number | undefined;
    for (;;) {
      const page = await store.listRecords({
        type: 'incident',
        entityRef: 'component:default/checkout-service',
        limit: 2,
        after: before === undefined ? undefined : { number: before },
      });
      seen.push(...page.records.map(r => r.ref));
      if (!page.hasMore) break;
      before = page.records[page.records.length - 1].number;
    }
    expect(seen).toEqual(['INC-7', 'INC-5', 'INC-3', 'INC-1']);
  });

  it('filters by state and by permission criteria in SQL', async () => {
    const { store } = await createStore(id);
    const mine = await store.createRecord(base);
    await store.createRecord({
      ...base,
      isOpen: true,
      reportedBy: 'user:default/other',
      createdBy: 'user:default/other',
      entityRefs: ['resource:default/payments-db'],
      entityOwners: [
        {
          entityRef: 'resource:default/payments-db',
          ownerRef: 'group:default/dba-team',
        },
      ],
    });
    const owned = await store.listRecords({
      type: 'incident',
      limit: 10,
      filter: {
        kind: 'affectedEntityOwnedBy',
        ownerRefs: ['group:default/dba-team'],
      },
    });
    expect(owned.records.map(r => r.ref)).toEqual(['INC-2']);
    const either = await store.listRecords({
      type: 'incident',
      limit: 10,
      filter: {
        anyOf: [
          { kind: 'reportedBy', userRefs: ['user:default/pat.engineer'] },
          {
            kind: 'affectsEntity',
            entityRefs: ['resource:default/payments-db'],
          },
        ],
      },
    });
    expect(either.records.map(r => r.ref)).toEqual(['INC-2', 'INC-1']);
    const notMine = await store.listRecords({
      type: 'incident',
      limit: 10,
      filter: {
        not: { kind: 'reportedBy', userRefs: ['user:default/pat.engineer'] },
      },
    });
    expect(notMine.records.map(r => r.ref)).toEqual(['INC-2']);
    expect(
      await store.getRecord({
        type: 'incident',
        id: mine.record.id,
        filter: { kind: 'reportedBy', userRefs: ['user:default/other'] },
      }),
    ).toBeUndefined();
    const states = await store.listRecords({
      type: 'incident',
      limit: 10,
      states: ['resolved'],
    });
    expect(states.records).toEqual([]);
  });
});
