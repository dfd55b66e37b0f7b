import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseRecordStore } from './DatabaseRecordStore';
import { aNewRecord } from '../__testUtils__/aNewRecord';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const base = aNewRecord();

describe.each(databases.eachSupportedId())('DatabaseRecordStore on %p', id => {
  async function createStore(databaseId: TestDatabaseId = id) {
    const knex = await databases.init(databaseId);
    return { knex, store: await DatabaseRecordStore.create({ knex }) };
  }

  it('keeps, moves and clears a planned window', async () => {
    const { store } = await createStore();
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

  it('numbers records per type and keeps their entities and first event', async () => {
    const { store } = await createStore();
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

  it('returns the first record for a repeated idempotency key of the same user', async () => {
    const { store, knex } = await createStore();
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
    const { store, knex } = await createStore();
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
    const { store, knex } = await createStore();
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

  it('applies a change only at the expected version and state', async () => {
    const { store } = await createStore();
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

  it('replaces the affected entities in the same change', async () => {
    const { store } = await createStore();
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

  it('pages through an entity newest first without gaps or repeats', async () => {
    const { store } = await createStore();
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
    const { store } = await createStore();
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

  it('links the records a new one is opened from, with a timeline event on each', async () => {
    const { store } = await createStore();
    const incident = (await store.createRecord(base)).record;
    const { record: problem } = await store.createRecord({
      ...base,
      type: 'problem',
      linkedFrom: [{ recordId: incident.id, kind: 'caused-by' }],
    });
    const links = await store.listLinks(problem.id, 10);
    expect(links.map(l => [l.source.ref, l.link.kind, l.target.ref])).toEqual([
      ['INC-1', 'caused-by', 'PRB-1'],
    ]);
    const { events } = await store.listTimeline({
      recordId: incident.id,
      limit: 10,
    });
    expect(events.map(e => [e.kind, e.data.target])).toEqual([
      ['created', undefined],
      ['linked', 'PRB-1'],
    ]);
  });

  it('tells which records link to a record of a type by a kind, in one query', async () => {
    const { store } = await createStore();
    const [covered, loose, other] = [
      (await store.createRecord(base)).record,
      (await store.createRecord(base)).record,
      (await store.createRecord(base)).record,
    ];
    await store.createRecord({
      ...base,
      type: 'problem',
      linkedFrom: [{ recordId: covered.id, kind: 'caused-by' }],
    });
    // A caused-by link to an incident, not a problem, does not count.
    await store.createLink({
      sourceId: other.id,
      targetId: loose.id,
      kind: 'caused-by',
      actor: 'user:default/sam.agent',
      now: base.now,
    });
    expect(
      await store.filterLinkedSources([covered.id, loose.id, other.id], {
        kind: 'caused-by',
        targetType: 'problem',
      }),
    ).toEqual(new Set([covered.id]));
    expect(
      await store.filterLinkedSources([], {
        kind: 'caused-by',
        targetType: 'problem',
      }),
    ).toEqual(new Set());
  });

  it('links records once and lists both ends', async () => {
    const { store } = await createStore();
    const a = (await store.createRecord(base)).record;
    const b = (await store.createRecord(base)).record;
    const link = await store.createLink({
      sourceId: b.id,
      targetId: a.id,
      targetRef: a.ref,
      kind: 'duplicates',
      actor: 'user:default/sam.agent',
      now: base.now,
    });
    expect(link).toMatchObject({ kind: 'duplicates', sourceId: b.id });
    expect(
      await store.createLink({
        sourceId: b.id,
        targetId: a.id,
        kind: 'duplicates',
        actor: 'user:default/sam.agent',
        now: base.now,
      }),
    ).toBeUndefined();
    const links = await store.listLinks(a.id, 10);
    expect(links).toHaveLength(1);
    expect(links[0].source.ref).toBe('INC-2');
    expect(links[0].target.ref).toBe('INC-1');
    const { events } = await store.listTimeline({ recordId: b.id, limit: 10 });
    expect(events.map(e => e.kind)).toEqual(['created', 'linked']);
    // The timeline names the target by its human id.
    expect(events[1].data).toMatchObject({
      kind: 'duplicates',
      target: 'INC-1',
    });
  });
});
