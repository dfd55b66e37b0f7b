import { TestDatabases } from '@backstage/backend-test-utils';
import knexFactory from 'knex';
import { aNewRecord } from '../__testUtils__/aNewRecord';
import { anSlaClock } from '../__testUtils__/anSlaClock';
import { SlaClock } from './SlaClockStore';
import { DatabaseRecordStore } from './DatabaseRecordStore';
import { DatabaseSlaClockStore } from './DatabaseSlaClockStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())('SLA clocks on %p', id => {
  async function store() {
    const knex = await databases.init(id);
    return DatabaseRecordStore.create({ knex });
  }

  it('keeps the clocks a new incident starts, every field as given', async () => {
    const records = await store();
    const restore = anSlaClock();
    const response = anSlaClock({
      kind: 'response',
      targetMinutes: null,
      warn50At: undefined,
      warn75At: undefined,
      dueAt: undefined,
      nextThresholdAt: undefined,
    });
    const { record } = await records.createRecord(
      aNewRecord({ slaClocks: [restore, response] }),
    );
    const clocks = await records.listSlaClocks(record.id);
    expect(clocks).toEqual(
      [
        { ...restore, id: expect.any(String), recordId: record.id },
        { ...response, id: expect.any(String), recordId: record.id },
      ].sort((a, b) => a.kind.localeCompare(b.kind)),
    );
  });

  it("reads the clocks of a page's records in one query, each with its record", async () => {
    const records = await store();
    const { record: one } = await records.createRecord(
      aNewRecord({
        slaClocks: [anSlaClock(), anSlaClock({ kind: 'response' })],
      }),
    );
    const { record: none } = await records.createRecord(aNewRecord());
    const { record: two } = await records.createRecord(
      aNewRecord({ slaClocks: [anSlaClock({ targetMinutes: 60 })] }),
    );
    const clocks = await records.listSlaClocksOf([one.id, none.id, two.id]);
    expect(
      clocks
        .map(c => `${c.recordId === one.id ? 'one' : 'two'}:${c.kind}`)
        .sort(),
    ).toEqual(['one:response', 'one:restore', 'two:restore']);
    expect(clocks.find(c => c.recordId === two.id)?.targetMinutes).toBe(60);
    expect(await records.listSlaClocksOf([])).toEqual([]);
  });

  it('moves the clocks with the record in one transaction, seeing the record as written', async () => {
    const records = await store();
    const { record } = await records.createRecord(
      aNewRecord({ slaClocks: [anSlaClock()] }),
    );
    const held = '2026-11-28T11:00:00.000Z';
    const seen: string[] = [];
    const updated = await records.updateRecord({
      type: 'incident',
      id: record.id,
      expectedVersion: record.version,
      set: { state: 'on_hold' },
      event: { kind: 'transition', actor: 'user:default/sam', data: {} },
      now: held,
      slaClocks: (clocks, written) => {
        seen.push(written.state);
        return clocks.map(clock => ({
          ...clock,
          phase: 'paused',
          idle: [{ start: held, reason: 'paused' }],
          elapsedMs: 3_600_000,
          dueAt: undefined,
          nextThresholdAt: undefined,
          updatedAt: held,
        }));
      },
    });
    expect(updated?.state).toBe('on_hold');
    expect(seen).toEqual(['on_hold']);
    const [clock] = await records.listSlaClocks(record.id);
    expect(clock).toMatchObject({
      phase: 'paused',
      idle: [{ start: held, reason: 'paused' }],
      elapsedMs: 3_600_000,
      updatedAt: held,
    });
    expect(clock.dueAt).toBeUndefined();
    expect(clock.nextThresholdAt).toBeUndefined();
    expect(clock.warn50At).toBe('2026-11-30T12:00:00.000Z');
  });

  it('writes neither record nor clocks when the move fails', async () => {
    const records = await store();
    const { record } = await records.createRecord(
      aNewRecord({ slaClocks: [anSlaClock()] }),
    );
    await expect(
      records.updateRecord({
        type: 'incident',
        id: record.id,
        expectedVersion: record.version,
        set: { state: 'resolved' },
        event: { kind: 'transition', actor: 'user:default/sam', data: {} },
        now: '2026-11-28T11:00:00.000Z',
        slaClocks: () => {
          throw new Error('calendar gone');
        },
      }),
    ).rejects.toThrow('calendar gone');
    const after = await records.getRecord({ type: 'incident', id: record.id });
    expect(after).toMatchObject({ state: 'new', version: record.version });
    expect((await records.listSlaClocks(record.id))[0].phase).toBe('running');
  });

  it('stops a clock with a comment, in the comment transaction', async () => {
    const records = await store();
    const { record } = await records.createRecord(
      aNewRecord({ slaClocks: [anSlaClock({ kind: 'response' })] }),
    );
    await records.appendEvent(
      record.id,
      { kind: 'comment', actor: 'user:default/sam', data: { body: 'On it' } },
      '2026-11-28T10:05:00.000Z',
      {
        slaClocks: clocks =>
          clocks.map(clock => ({ ...clock, phase: 'stopped', met: true })),
      },
    );
    expect(await records.listSlaClocks(record.id)).toEqual([
      expect.objectContaining({
        kind: 'response',
        phase: 'stopped',
        met: true,
      }),
    ]);
  });
});

describe.each(databases.eachSupportedId())(
  'the breach scan claim on %p',
  id => {
    async function stores() {
      const knex = await databases.init(id);
      const records = await DatabaseRecordStore.create({ knex });
      return { records, clocks: new DatabaseSlaClockStore(knex) };
    }

    /** A running restore clock of a new incident, warning at 12:00 and 14:00, due at 16:00. */
    async function incidentWith(
      records: DatabaseRecordStore,
      overrides: Partial<SlaClock> = {},
    ) {
      const { record } = await records.createRecord(
        aNewRecord({ slaClocks: [anSlaClock(overrides)] }),
      );
      return record;
    }

    it('announces each threshold once, in order, on the timeline', async () => {
      const { records, clocks } = await stores();
      const record = await incidentWith(records);
      const claim = (now: string) =>
        clocks.claimCrossings({ now: `2026-11-30T${now}:00.000Z`, limit: 10 });

      expect(await claim('11:59')).toEqual([]);
      expect(await claim('12:00')).toEqual([
        expect.objectContaining({
          recordId: record.id,
          kind: 'restore',
          threshold: 50,
          agreementId: 'gold',
          priority: 'P2',
          targetMinutes: 480,
          dueAt: '2026-11-30T16:00:00.000Z',
        }),
      ]);
      expect(await claim('13:00')).toEqual([]);
      expect((await claim('14:30')).map(c => c.threshold)).toEqual([75]);
      expect((await claim('16:00')).map(c => c.threshold)).toEqual([100]);
      expect(await claim('23:00')).toEqual([]);

      const [clock] = await records.listSlaClocks(record.id);
      expect(clock).toMatchObject({
        crossed: 100,
        breachedAt: '2026-11-30T16:00:00.000Z',
      });
      expect(clock.nextThresholdAt).toBeUndefined();
      const { events } = await records.listTimeline({
        recordId: record.id,
        limit: 10,
      });
      expect(
        events.filter(e => e.kind === 'sla').map(e => e.data.threshold),
      ).toEqual([50, 75, 100]);
    });

    it('announces only the highest threshold a late clock has passed', async () => {
      const { records, clocks } = await stores();
      await incidentWith(records);
      const claimed = await clocks.claimCrossings({
        now: '2026-12-01T09:00:00.000Z',
        limit: 10,
      });
      expect(claimed.map(c => c.threshold)).toEqual([100]);
    });

    it('takes the most overdue clocks first, a batch at a time', async () => {
      const { records, clocks } = await stores();
      const late = await incidentWith(records, {
        nextThresholdAt: '2026-11-30T08:00:00.000Z',
        warn50At: '2026-11-30T08:00:00.000Z',
      });
      await incidentWith(records);
      const now = '2026-11-30T12:30:00.000Z';
      const first = await clocks.claimCrossings({ now, limit: 1 });
      expect(first.map(c => c.recordId)).toEqual([late.id]);
      expect(await clocks.claimCrossings({ now, limit: 1 })).toHaveLength(1);
      expect(await clocks.claimCrossings({ now, limit: 1 })).toEqual([]);
    });

    it('leaves paused and stopped clocks alone', async () => {
      const { records, clocks } = await stores();
      await incidentWith(records, {
        phase: 'paused',
        nextThresholdAt: undefined,
        dueAt: undefined,
      });
      expect(
        await clocks.claimCrossings({
          now: '2026-12-30T00:00:00.000Z',
          limit: 10,
        }),
      ).toEqual([]);
    });
  },
);

describe('the breach scan claim, raced by two replicas on POSTGRES_15', () => {
  const postgres = databases
    .eachSupportedId()
    .filter(([id]) => id === 'POSTGRES_15');
  if (postgres.length === 0) {
    it.skip('needs PostgreSQL', () => {});
    return;
  }

  it('announces every threshold of every clock exactly once', async () => {
    const knex = await databases.init('POSTGRES_15');
    const records = await DatabaseRecordStore.create({ knex });
    // A second pool on the same database: another replica's connections.
    const other = knexFactory(knex.client.config);
    try {
      const replicas = [
        new DatabaseSlaClockStore(knex),
        new DatabaseSlaClockStore(other),
      ];
      const ids: string[] = [];
      for (let i = 0; i < 60; i++) {
        const { record } = await records.createRecord(
          aNewRecord({ slaClocks: [anSlaClock()] }),
        );
        ids.push(record.id);
      }
      const announced: string[] = [];
      for (const now of ['12:00', '14:00', '16:00']) {
        await Promise.all(
          Array.from({ length: 8 }, async (_, racer) => {
            for (;;) {
              const claimed = await replicas[racer % 2].claimCrossings({
                now: `2026-11-30T${now}:00.000Z`,
                limit: 7,
              });
              announced.push(
                ...claimed.map(c => `${c.recordId}@${c.threshold}`),
              );
              if (claimed.length === 0) return;
            }
          }),
        );
      }
      expect(announced).toHaveLength(3 * ids.length);
      expect(new Set(announced).size).toBe(3 * ids.length);
      const events = await knex('itsm_timeline_events').where('kind', 'sla');
      expect(events).toHaveLength(3 * ids.length);
    } finally {
      await other.destroy();
    }
  });
});
