import { TestDatabases } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import {
  paula,
  startImprovementBackend,
  wes,
} from '../__testUtils__/startImprovementBackend';

jest.setTimeout(180_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });
const checkout = 'component:default/checkout-service';

describe.each(databases.eachSupportedId())('the problem figures on %p', id => {
  let call: Awaited<ReturnType<typeof startImprovementBackend>>['call'];
  let knex: Knex;

  /**
   * October 2026 by hand: PRB-1 (from INC-1 and INC-2) logged 10-01, its
   * root cause and workaround recorded 10-05 (a known error, 4 days),
   * closed 10-28 fixed by a change; PRB-2 (from INC-3) logged 10-10, its
   * root cause recorded 10-12 (2 days), no workaround. The incidents were
   * created 10-20 and 10-21.
   */
  beforeAll(async () => {
    ({ call, knex } = await startImprovementBackend(databases, id));
    for (const n of [1, 2, 3]) {
      const res = await call(wes).post('/incidents', {
        title: `Checkout times out (${n})`,
        description: '',
        priority: 'P3',
        entityRefs: [checkout],
      });
      if (res.status !== 201) throw new Error(res.body.error?.message);
    }
    const problem = async (incidents: string[], workaround?: string) => {
      const made = await call(paula).post('/problems', {
        title: 'Checkout times out under load',
        description: '',
        entityRefs: [checkout],
        category: 'software',
        impact: 'high',
        urgency: 'medium',
        incidents,
      });
      expect(made.status).toBe(201);
      const moved = await call(paula).post(
        `/problems/${made.body.ref}/transitions`,
        { version: made.body.version, action: 'investigate' },
      );
      expect(moved.status).toBe(200);
      const analysed = await call(paula).put(
        `/problems/${made.body.ref}/analysis`,
        {
          version: moved.body.version,
          rootCause: { method: 'free_text', text: 'The pool was halved' },
          ...(workaround ? { workaround } : {}),
        },
      );
      expect(analysed.body.error?.message).toBeUndefined();
      expect(analysed.body.knownError).toBe(Boolean(workaround));
      return analysed.body.id as string;
    };
    const prb1 = await problem(['INC-1', 'INC-2'], 'Restart the pods');
    const prb2 = await problem(['INC-3']);

    const setRecord = (recordId: string, row: object) =>
      knex('itsm_records').where('id', recordId).update(row);
    const analysedAt = (recordId: string, at: string) =>
      knex('itsm_timeline_events')
        .where({ record_id: recordId, kind: 'updated' })
        .update({ created_at: at });
    await setRecord(prb1, { created_at: '2026-10-01T00:00:00.000Z' });
    await analysedAt(prb1, '2026-10-05T00:00:00.000Z');
    await setRecord(prb2, { created_at: '2026-10-10T00:00:00.000Z' });
    await analysedAt(prb2, '2026-10-12T00:00:00.000Z');
    for (const [n, at] of [
      [1, '2026-10-20T00:00:00.000Z'],
      [2, '2026-10-20T00:00:00.000Z'],
      [3, '2026-10-21T00:00:00.000Z'],
    ] as const) {
      await knex('itsm_records')
        .where({ type: 'incident', number: n })
        .update({ created_at: at });
    }
    // What the fix follower and the closing leave on a fixed problem.
    const row = await knex('itsm_records').where('id', prb1).first('fields');
    await setRecord(prb1, {
      state: 'closed',
      closed_at: '2026-10-28T00:00:00.000Z',
      fields: JSON.stringify({ ...JSON.parse(row.fields), fixedBy: 'CHG-1' }),
    });
  });

  it('computes time to root cause, known errors, recurrence and fixes as counted by hand', async () => {
    const res = await call(wes).get('/kpis?period=2026-10');
    expect(res.status).toBe(200);
    const f = Object.fromEntries(
      res.body.figures.map((x: any) => [x.indicatorId, x]),
    );
    expect(f['problem-time-to-root-cause']).toMatchObject({
      value: 3,
      sample: 2,
    });
    expect(f['known-errors-created']).toMatchObject({ value: 1 });
    expect(f['incidents-per-known-error']).toMatchObject({
      value: 2,
      numerator: 2,
      denominator: 1,
    });
    expect(f['problems-fixed-by-change']).toMatchObject({ value: 1 });

    const september = await call(wes).get('/kpis?period=2026-09');
    const s = Object.fromEntries(
      september.body.figures.map((x: any) => [x.indicatorId, x]),
    );
    expect(s['problem-time-to-root-cause'].value).toBeNull();
    expect(s['known-errors-created'].value).toBe(0);

    const records = await call(wes).get(
      '/kpis/problem-time-to-root-cause/records?period=2026-10',
    );
    expect(records.body.items.map((i: any) => i.ref)).toEqual([
      'PRB-2',
      'PRB-1',
    ]);
    const byService = await call(wes).get(
      '/kpis/incidents-per-known-error/breakdown?by=service&period=2026-10',
    );
    expect(byService.body.rows).toEqual([
      expect.objectContaining({ key: checkout, value: 2, sample: 1 }),
    ]);
  });
});
