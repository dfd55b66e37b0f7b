import { TestDatabases } from '@backstage/backend-test-utils';
import { RecordSort } from '@backstage-itsm/plugin-itsm-common';
import { aNewRecord } from '../__testUtils__/aNewRecord';
import { DatabaseRecordStore } from './DatabaseRecordStore';
import {
  CreateRecordOptions,
  ListRecordsOptions,
  RecordKeyset,
  StoredRecord,
} from './RecordStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const payments = 'group:default/payments-team';
const desk = 'group:default/service-desk';
const sam = 'user:default/sam.agent';

function incident(
  n: number,
  overrides: Partial<CreateRecordOptions> = {},
): CreateRecordOptions {
  return aNewRecord({
    title: `Incident ${n}`,
    description: 'Something broke',
    priority: 'P3',
    entityOwners: [],
    assignmentGroup: payments,
    supportTier: 'L2',
    // One minute apart, in creation order.
    now: new Date(Date.UTC(2026, 10, 28, 10, n)).toISOString(),
    ...overrides,
  });
}

/** Every page of a list, following keyset cursors as the service does. */
async function allPages(
  store: DatabaseRecordStore,
  options: Omit<ListRecordsOptions, 'limit' | 'after'>,
  limit = 2,
): Promise<string[]> {
  const seen: string[] = [];
  let after: RecordKeyset | undefined;
  for (let page = 0; page < 50; page++) {
    const result = await store.listRecords({ ...options, limit, after });
    seen.push(...result.records.map(r => r.ref));
    if (!result.hasMore) return seen;
    const last: StoredRecord = result.records[result.records.length - 1];
    after = {
      number: last.number,
      priority: last.priority,
      updatedAt: last.updatedAt,
    };
  }
  throw new Error('paging did not end');
}

describe.each(databases.eachSupportedId())('service desk queues on %p', id => {
  async function seeded() {
    const knex = await databases.init(id);
    const store = await DatabaseRecordStore.create({ knex });
    await store.createRecord(incident(1, { priority: 'P3' }));
    await store.createRecord(incident(2, { priority: 'P1', assignee: sam }));
    await store.createRecord(
      incident(3, {
        priority: 'P2',
        assignmentGroup: desk,
        supportTier: 'L1',
        category: 'network',
        title: 'VPN drops every 50% of calls',
      }),
    );
    await store.createRecord(incident(4, { priority: 'P1' }));
    await store.createRecord(
      incident(5, {
        priority: 'P4',
        state: 'resolved',
        isOpen: false,
        assignee: sam,
      }),
    );
    return { knex, store };
  }

  it('filters by assignee, group, unassigned, tier, category and state together', async () => {
    const { store } = await seeded();
    const list = (o: Partial<ListRecordsOptions>) =>
      allPages(store, { type: 'incident', ...o }, 10);
    expect(await list({ assignees: [sam] })).toEqual(['INC-5', 'INC-2']);
    expect(await list({ assignees: [sam], states: ['new'] })).toEqual([
      'INC-2',
    ]);
    expect(await list({ assignmentGroups: [desk] })).toEqual(['INC-3']);
    expect(await list({ assignmentGroups: [] })).toEqual([]);
    expect(await list({ unassigned: true })).toEqual([
      'INC-4',
      'INC-3',
      'INC-1',
    ]);
    expect(await list({ unassigned: false })).toEqual(['INC-5', 'INC-2']);
    expect(await list({ supportTiers: ['L1'] })).toEqual(['INC-3']);
    expect(await list({ open: true, assignees: [sam] })).toEqual(['INC-2']);
    expect(await list({ open: false })).toEqual(['INC-5']);
    expect(await list({ categories: ['network'] })).toEqual(['INC-3']);
    expect(await list({ priorities: ['P1', 'P2'] })).toEqual([
      'INC-4',
      'INC-3',
      'INC-2',
    ]);
  });

  it('lists what was reported by or for a user, not what they logged for others', async () => {
    const { store } = await seeded();
    const wes = 'user:default/wes.web';
    // Wes reports INC-6 himself; Sam logs INC-7 for him and INC-8 for Pat.
    await store.createRecord(incident(6, { reportedBy: wes, createdBy: wes }));
    await store.createRecord(
      incident(7, {
        reportedBy: wes,
        createdBy: sam,
        state: 'closed',
        isOpen: false,
      }),
    );
    await store.createRecord(incident(8, { createdBy: sam }));
    const list = (o: Partial<ListRecordsOptions>) =>
      allPages(store, { type: 'incident', ...o }, 1);
    expect(await list({ reporters: [wes] })).toEqual(['INC-7', 'INC-6']);
    expect(await list({ reporters: [wes], open: true })).toEqual(['INC-6']);
    expect(await list({ reporters: [sam] })).toEqual([]);
    expect(
      await store.countRecords({ type: 'incident', reporters: [wes] }),
    ).toEqual({ P3: 2 });
  });

  it('searches title and description case-insensitively, wildcards literally, and by number', async () => {
    const { store } = await seeded();
    const search = (words: string, number?: number) =>
      allPages(store, { type: 'incident', text: { words, number } }, 10);
    expect(await search('vpn')).toEqual(['INC-3']);
    expect(await search('50%')).toEqual(['INC-3']);
    expect(await search('5_%')).toEqual([]);
    expect(await search('BROKE')).toHaveLength(5);
    expect(await search('INC-4', 4)).toEqual(['INC-4']);
  });

  it.each<[RecordSort, string[]]>([
    ['newest', ['INC-5', 'INC-4', 'INC-3', 'INC-2', 'INC-1']],
    // A working queue: highest priority first, then oldest first.
    ['priority', ['INC-2', 'INC-4', 'INC-3', 'INC-1', 'INC-5']],
  ])('sorts by %s and pages without gaps or repeats', async (sort, order) => {
    const { store } = await seeded();
    expect(await allPages(store, { type: 'incident', sort }, 10)).toEqual(
      order,
    );
    expect(await allPages(store, { type: 'incident', sort }, 2)).toEqual(order);
    expect(await allPages(store, { type: 'incident', sort }, 1)).toEqual(order);
  });

  it('sorts by last update, newest first, paging through equal times by number', async () => {
    const { store } = await seeded();
    const [inc1] = (
      await store.listRecords({
        type: 'incident',
        limit: 1,
        text: { words: 'Incident 1' },
      })
    ).records;
    await store.updateRecord({
      type: 'incident',
      id: inc1.id,
      expectedVersion: 1,
      set: { title: 'Incident 1 again' },
      event: { kind: 'updated', actor: sam, data: {} },
      now: '2026-11-28T12:00:00.000Z',
    });
    const order = ['INC-1', 'INC-5', 'INC-4', 'INC-3', 'INC-2'];
    for (const limit of [1, 2, 10]) {
      expect(
        await allPages(store, { type: 'incident', sort: 'updated' }, limit),
      ).toEqual(order);
    }
  });

  it("narrows one entity's records and counts with the same filters", async () => {
    const { store } = await seeded();
    await store.createRecord(
      incident(6, { entityRefs: ['resource:default/payments-db'] }),
    );
    expect(
      await allPages(store, {
        type: 'incident',
        entityRef: 'component:default/checkout-service',
        sort: 'priority',
        states: ['new'],
      }),
    ).toEqual(['INC-2', 'INC-4', 'INC-3', 'INC-1']);
    // Any of several entities (a system and its parts), each record once.
    await store.createRecord(
      incident(7, {
        entityRefs: [
          'resource:default/payments-db',
          'component:default/checkout-service',
        ],
      }),
    );
    expect(
      await allPages(store, {
        type: 'incident',
        anyOfEntityRefs: [
          'resource:default/payments-db',
          'component:default/checkout-service',
        ],
        sort: 'newest',
      }),
    ).toEqual(['INC-7', 'INC-6', 'INC-5', 'INC-4', 'INC-3', 'INC-2', 'INC-1']);
    expect(
      await store.countRecords({
        type: 'incident',
        assignmentGroups: [payments],
        states: ['new'],
      }),
    ).toEqual({ P1: 2, P3: 3 });
  });

  it('finds resolutions older than a time, oldest first', async () => {
    const { store } = await seeded();
    // INC-5 is resolved without a resolution time; INC-6 was resolved long ago.
    const { record } = await store.createRecord(
      incident(6, { state: 'resolved' }),
    );
    await store.updateRecord({
      type: 'incident',
      id: record.id,
      expectedVersion: 1,
      set: { resolvedAt: '2026-11-20T10:00:00.000Z' },
      event: { kind: 'updated', actor: sam, data: {} },
      now: '2026-11-20T10:00:00.000Z',
    });
    const due = await store.listResolvedBefore({
      type: 'incident',
      state: 'resolved',
      resolvedBefore: '2026-11-23T10:00:00.000Z',
      limit: 10,
    });
    expect(due.map(r => r.ref)).toEqual(['INC-6']);
  });

  it('keeps work notes out of the timeline unless asked for', async () => {
    const { store } = await seeded();
    const [first] = (await store.listRecords({ type: 'incident', limit: 1 }))
      .records;
    await store.appendEvent(
      first.id,
      { kind: 'comment', actor: sam, data: { body: 'Customer informed' } },
      '2026-11-28T11:00:00.000Z',
    );
    await store.appendEvent(
      first.id,
      {
        kind: 'comment',
        actor: sam,
        data: { body: 'Suspect the LB config' },
        visibility: 'work_note',
      },
      '2026-11-28T11:01:00.000Z',
    );
    const shown = await store.listTimeline({ recordId: first.id, limit: 10 });
    expect(shown.events.map(e => [e.kind, e.visibility])).toEqual([
      ['created', 'public'],
      ['comment', 'public'],
    ]);
    const all = await store.listTimeline({
      recordId: first.id,
      limit: 10,
      workNotes: true,
    });
    expect(all.events.map(e => e.data.body)).toEqual([
      undefined,
      'Customer informed',
      'Suspect the LB config',
    ]);
    expect(all.events[2].visibility).toBe('work_note');
  });
});
