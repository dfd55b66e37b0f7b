import { aNewRecord } from '../__testUtils__/aNewRecord';
import { recordStoreDatabases } from '../__testUtils__/recordStoreDatabases';

jest.setTimeout(60_000);

const { ids, createStore } = recordStoreDatabases();

const base = aNewRecord();

describe.each(ids)('DatabaseRecordStore on %p', id => {
  it('keeps, moves and clears a planned window', async () => {
    const { store } = await createStore(id);
    const window = {
      start: '2026-12-02T20:00:00.000Z',
      end: '2026-12-02T22:00:00.000Z',
    };
    const { record } = await store.createRecord({
      ...base,
      type: 'change',
      state: 'draft',
      window,
    });
    expect(record.window).toEqual(window);
    const moved = await store.updateRecord({
      type: 'change',
      id: record.id,
      expectedVersion: 1,
      set: { window: { ...window, end: '2026-12-03T01:30:00.000Z' } },
      event: { kind: 'updated', actor: base.createdBy, data: {} },
      now: '2026-11-28T11:00:00.000Z',
    });
    expect(moved?.window?.end).toBe('2026-12-03T01:30:00.000Z');
    const cleared = await store.updateRecord({
      type: 'change',
      id: record.id,
      expectedVersion: 2,
      set: { window: null },
      event: { kind: 'updated', actor: base.createdBy, data: {} },
      now: '2026-11-28T12:00:00.000Z',
    });
    expect(cleared?.window).toBeUndefined();
    const { record: incident } = await store.createRecord(base);
    expect(incident.window).toBeUndefined();
  });

  it('applies a change only at the expected version and state', async () => {
    const { store } = await createStore(id);
    const { record } = await store.createRecord(base);
    const change = {
      type: 'incident' as const,
      id: record.id,
      expectedVersion: 1,
      expectedState: 'new',
      set: { state: 'in_progress' },
      event: {
        kind: 'transition' as const,
        actor: 'user:default/sam.agent',
        data: { action: 'start', from: 'new', to: 'in_progress' },
      },
      now: '2026-11-28T10:05:00.000Z',
    };
    const updated = await store.updateRecord(change);
    expect(updated).toMatchObject({
      version: 2,
      state: 'in_progress',
      updatedAt: '2026-11-28T10:05:00.000Z',
    });
    expect(await store.updateRecord(change)).toBeUndefined();
    expect(
      await store.updateRecord({ ...change, expectedVersion: 2 }),
    ).toBeUndefined();
    const { events } = await store.listTimeline({
      recordId: record.id,
      limit: 10,
    });
    expect(events.map(e => e.kind)).toEqual(['created', 'transition']);
  });

  it('refuses a change at the largest version the contract takes as stale, not as a database error', async () => {
    const { store } = await createStore(id);
    const { record } = await store.createRecord(base);
    const stale = await store.updateRecord({
      type: 'incident',
      id: record.id,
      expectedVersion: 2_147_483_647,
      set: { title: 'Checkout fails' },
      event: { kind: 'updated', actor: base.createdBy, data: {} },
      now: '2026-11-28T10:05:00.000Z',
    });
    expect(stale).toBeUndefined();
  });

  it('replaces the affected entities in the same change', async () => {
    const { store } = await createStore(id);
    const { record } = await store.createRecord(base);
    await store.updateRecord({
      type: 'incident',
      id: record.id,
      expectedVersion: 1,
      set: { entityRefs: ['resource:default/payments-db'] },
      event: { kind: 'updated', actor: 'user:default/x', data: {} },
      now: base.now,
    });
    const byOld = await store.listRecords({
      type: 'incident',
      entityRef: 'component:default/checkout-service',
      limit: 10,
    });
    const byNew = await store.listRecords({
      type: 'incident',
      entityRef: 'resource:default/payments-db',
      limit: 10,
    });
    expect(byOld.records).toEqual([]);
    expect(byNew.records.map(r => r.ref)).toEqual(['INC-1']);
  });
});
