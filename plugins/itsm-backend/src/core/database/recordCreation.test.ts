import { aNewRecord } from '../__testUtils__/aNewRecord';
import { recordStoreDatabases } from '../__testUtils__/recordStoreDatabases';

jest.setTimeout(60_000);

const { ids, createStore } = recordStoreDatabases();

const base = aNewRecord();

describe.each(ids)('DatabaseRecordStore on %p', id => {
  it('numbers records per type and keeps their entities and first event', async () => {
    const { store } = await createStore(id);
    const first = await store.createRecord(base);
    const second = await store.createRecord({
      ...base,
      entityRefs: [
        'resource:default/payments-db',
        'component:default/checkout-service',
      ],
    });
    expect(first.created).toBe(true);
    expect(first.record).toMatchObject({
      ref: 'INC-1',
      number: 1,
      version: 1,
      state: 'new',
      entityRefs: ['component:default/checkout-service'],
      createdAt: '2026-11-28T10:00:00.000Z',
    });
    expect(second.record.ref).toBe('INC-2');
    expect(second.record.entityRefs).toEqual([
      'component:default/checkout-service',
      'resource:default/payments-db',
    ]);
    const { events } = await store.listTimeline({
      recordId: first.record.id,
      limit: 10,
    });
    expect(events).toEqual([
      expect.objectContaining({
        kind: 'created',
        actor: 'user:default/pat.engineer',
        data: expect.objectContaining({ state: 'new', priority: 'P2' }),
      }),
    ]);
  });

  it('names on its first event whom an agent logged a record for, and how it came in', async () => {
    const { store } = await createStore(id);
    const own = await store.createRecord({ ...base, channel: 'portal' });
    const forCaller = await store.createRecord({
      ...base,
      reportedBy: 'user:default/erin.employee',
      createdBy: 'user:default/sam.agent',
      channel: 'phone',
    });
    const firstEvent = async (recordId: string) =>
      (await store.listTimeline({ recordId, limit: 1 })).events[0];
    expect(await firstEvent(forCaller.record.id)).toMatchObject({
      kind: 'created',
      actor: 'user:default/sam.agent',
      data: { reportedBy: 'user:default/erin.employee', channel: 'phone' },
    });
    const ownEvent = await firstEvent(own.record.id);
    expect(ownEvent.actor).toBe('user:default/pat.engineer');
    expect(ownEvent.data).toMatchObject({ channel: 'portal' });
    expect(ownEvent.data).not.toHaveProperty('reportedBy');
  });

  it('returns the first record for a repeated idempotency key of the same user', async () => {
    const { store, knex } = await createStore(id);
    const first = await store.createRecord({ ...base, idempotencyKey: 'k1' });
    const again = await store.createRecord({
      ...base,
      title: 'different',
      idempotencyKey: 'k1',
    });
    const otherUser = await store.createRecord({
      ...base,
      isOpen: true,
      reportedBy: 'user:default/sam.agent',
      createdBy: 'user:default/sam.agent',
      idempotencyKey: 'k1',
    });
    expect(again).toEqual({ record: first.record, created: false });
    expect(otherUser.created).toBe(true);
    expect(otherUser.record.id).not.toBe(first.record.id);
    expect(await knex('itsm_records').count({ n: '*' })).toEqual([
      { n: expect.anything() },
    ]);
    const [{ n }] = await knex('itsm_records').count({ n: '*' });
    expect(Number(n)).toBe(2);
  });

  it('makes one record when concurrent requests carry the same key', async () => {
    const { store, knex } = await createStore(id);
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        store.createRecord({ ...base, idempotencyKey: 'same' }),
      ),
    );
    expect(new Set(results.map(r => r.record.id)).size).toBe(1);
    expect(results.filter(r => r.created)).toHaveLength(1);
    const [{ n }] = await knex('itsm_records').count({ n: '*' });
    expect(Number(n)).toBe(1);
  });

  it('lets only one of concurrent creates claim a unique key, and leaves nothing of the others', async () => {
    const { store, knex } = await createStore(id);
    const release = {
      ...base,
      type: 'release' as const,
      state: 'planned',
      uniqueKeys: [
        {
          key: 'component:default/checkout@2.4.1',
          conflictMessage:
            'component:default/checkout already has a release 2.4.1',
        },
      ],
    };
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => store.createRecord(release)),
    );
    const made = results.filter(r => r.status === 'fulfilled');
    const refused = results.filter(
      (r): r is PromiseRejectedResult => r.status === 'rejected',
    );
    expect(made).toHaveLength(1);
    expect(refused).toHaveLength(5);
    for (const { reason } of refused) {
      expect(reason.name).toBe('ConflictError');
      // PostgreSQL numbers from a sequence: the winner need not be REL-1.
      expect(reason.message).toBe(
        `component:default/checkout already has a release 2.4.1 (${
          (made[0] as PromiseFulfilledResult<{ record: { ref: string } }>).value
            .record.ref
        })`,
      );
    }
    const [{ n }] = await knex('itsm_records').count({ n: '*' });
    expect(Number(n)).toBe(1);
    const [{ events }] = await knex('itsm_timeline_events').count({
      events: '*',
    });
    expect(Number(events)).toBe(1);
    // Another version, or the same version of another entity, is free.
    const other = await store.createRecord({
      ...release,
      uniqueKeys: [{ key: 'component:default/web@2.4.1', conflictMessage: '' }],
    });
    expect(other.created).toBe(true);
  });
});
