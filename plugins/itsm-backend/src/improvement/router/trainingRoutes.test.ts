import { monthOf, monthPeriod } from '@backstage-itsm/plugin-itsm-common';
import { TestDatabases } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import {
  iris,
  paula,
  rita,
  startImprovementBackend,
  wes,
} from '../__testUtils__/startImprovementBackend';
import { trainingIndicators } from '../indicators/trainingIndicators';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const payments = 'group:default/payments-team';
const web = 'group:default/web-team';

describe.each(databases.eachSupportedId())('training sessions on %p', id => {
  let call: Awaited<ReturnType<typeof startImprovementBackend>>['call'];
  let knex: Knex;
  beforeAll(async () => {
    ({ call, knex } = await startImprovementBackend(databases, id));
  });

  const session = (body: object) =>
    call(iris).post('/trainings', {
      title: 'Incident handover',
      description: 'How the desk hands over to L2',
      entityRefs: [],
      process: 'incidents',
      attendees: [payments],
      ...body,
    });

  const hold = async (ref: string, completedBy?: string[]) => {
    const { body } = await call(iris).get(`/trainings/${ref}`);
    return call(iris).post(`/trainings/${ref}/transitions`, {
      action: 'hold',
      version: body.version,
      ...(completedBy ? { completedBy } : {}),
    });
  };

  it('names the field of a bad session', async () => {
    const cases: [object, RegExp][] = [
      [{ process: undefined }, /^process must name/],
      [{ attendees: [] }, /^attendees must name/],
      [
        { attendees: [payments, 'user:default/nobody'] },
        /^attendees\[1\] 'user:default\/nobody' is not in the catalog/,
      ],
      [
        { attendees: ['component:default/storefront'] },
        /^attendees\[0\] .* is not a user or a group/,
      ],
      [
        {
          materials: [
            { title: 'Runbook', url: 'ftp://files.example.com/runbook' },
          ],
        },
        /^materials\[0\]\.url/,
      ],
      [{ scheduledAt: 'next tuesday' }, /scheduledAt/],
    ];
    for (const [body, message] of cases) {
      const res = await session(body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    }
  });

  it('keeps attendees, material and linked records, and records who completed it', async () => {
    const item = await call(wes).post('/improvements', {
      title: 'Faster handover',
      description: '',
      entityRefs: [],
    });
    expect(item.status).toBe(201);
    const created = await session({
      scheduledAt: '2026-12-10T09:00:00Z',
      attendees: [payments, wes],
      materials: [
        { title: 'Handover runbook', url: 'https://wiki.example.com/handover' },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      state: 'planned',
      process: 'incidents',
      scheduledAt: '2026-12-10T09:00:00.000Z',
      attendees: [payments, wes],
      materials: [
        { title: 'Handover runbook', url: 'https://wiki.example.com/handover' },
      ],
    });
    const ref = created.body.ref;
    const link = await call(iris).post(`/trainings/${ref}/links`, {
      target: item.body.ref,
      kind: 'relates-to',
    });
    expect(link.status).toBe(201);
    const links = await call(iris).get(`/trainings/${ref}/links`);
    expect(JSON.stringify(links.body.items)).toContain(item.body.ref);

    // Rita attends nothing; Iris is not an attendee either.
    for (const [who, index] of [
      [[rita], 0],
      [[paula, iris], 1],
    ] as const) {
      const refused = await hold(ref, [...who]);
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toMatch(
        new RegExp(`^completedBy\\[${index}\\].*neither an attendee`),
      );
    }
    const held = await hold(ref, [paula, 'user:default/wes.web', paula]);
    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({
      state: 'held',
      completedBy: [paula, wes],
    });

    const other = await session({ attendees: [wes] });
    const { body } = await call(iris).get(`/trainings/${other.body.ref}`);
    const cancelled = await call(iris).post(
      `/trainings/${other.body.ref}/transitions`,
      {
        action: 'cancel',
        version: body.version,
        reason: 'Nobody free',
        completedBy: [wes],
      },
    );
    expect(cancelled.status).toBe(400);
    expect(cancelled.body.error.message).toMatch(/^completedBy/);
  });

  it("shows a group's plan with who completed what", async () => {
    const planned = await session({
      title: 'Problem analysis',
      process: 'problems',
      scheduledAt: '2027-01-15T09:00:00Z',
    });
    const plan = await call(rita).get(
      `/trainings/plan?group=${encodeURIComponent(payments)}`,
    );
    expect(plan.status).toBe(200);
    expect(plan.body.group).toBe(payments);
    expect(plan.body.members).toEqual([
      { userRef: paula, completed: ['TRN-1'], processes: ['incidents'] },
    ]);
    const refs = plan.body.sessions.map((s: { ref: string }) => s.ref);
    expect(refs).toContain(planned.body.ref);
    expect(refs).toContain('TRN-1');
    // Planned first, then held.
    expect(refs.indexOf(planned.body.ref)).toBeLessThan(refs.indexOf('TRN-1'));
    expect(refs).not.toContain('TRN-2'); // for Wes only

    const unknown = await call(rita).get(
      '/trainings/plan?group=group:default/nobody',
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/^group/);
  });

  it('computes the share of support group members trained on their process', async () => {
    // Payments works improvement items; the web team does too.
    for (const owner of [payments, web]) {
      const res = await call(wes).post('/improvements', {
        title: `Owned by ${owner}`,
        description: '',
        entityRefs: [],
        owner,
      });
      expect(res.status).toBe(201);
    }
    // Paula completes a session on continual improvement; Wes one on problems.
    const onImprovement = await session({
      process: 'improvement',
      attendees: [paula],
    });
    expect((await hold(onImprovement.body.ref, [paula])).status).toBe(200);
    const onProblems = await session({ process: 'problems', attendees: [wes] });
    expect((await hold(onProblems.body.ref, [wes])).status).toBe(200);

    const members: Record<string, string[]> = {
      [payments]: [paula],
      [web]: [wes],
    };
    const [share] = trainingIndicators({
      groupMembers: async group => members[group] ?? [],
    });
    const window = monthPeriod(monthOf(new Date()));
    // Paula trained on improvement (her group's process), Wes not on his: 1 of 2.
    expect(await share.compute(knex, window, { kind: 'portal' })).toEqual({
      value: 50,
      numerator: 1,
      denominator: 2,
      sample: 2,
    });
    expect(
      await share.compute(knex, window, { kind: 'group', ref: web }),
    ).toMatchObject({ value: 0, numerator: 0, denominator: 1 });
    expect(
      await share.breakdown!(knex, window, { kind: 'portal' }, 'group'),
    ).toEqual([
      {
        key: payments,
        figure: { value: 100, numerator: 1, denominator: 1, sample: 1 },
      },
      {
        key: web,
        figure: { value: 0, numerator: 0, denominator: 1, sample: 1 },
      },
    ]);
    // Last year's window: nothing held, members still counted.
    const lastYear = monthPeriod(monthOf(new Date(), -13));
    expect(
      (await share.compute(knex, lastYear, { kind: 'portal' })).value,
    ).toBeNull();
    const behind = await share.records!(knex, window, { kind: 'portal' });
    expect(behind.length).toBe(3);
  });
});
