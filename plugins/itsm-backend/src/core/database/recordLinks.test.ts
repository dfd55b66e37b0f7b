import { aNewRecord } from '../__testUtils__/aNewRecord';
import { recordStoreDatabases } from '../__testUtils__/recordStoreDatabases';

jest.setTimeout(60_000);

const { ids, createStore } = recordStoreDatabases();

const base = aNewRecord();

describe.each(ids)('DatabaseRecordStore on %p', id => {
  it('links the records a new one is opened from, with a timeline event on each', async () => {
    const { store } = await createStore(id);
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
    const { store } = await createStore(id);
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
    const { store } = await createStore(id);
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
