import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import type { Knex } from 'knex';
import {
  improvementEntities,
  iris,
  milo,
  paula,
  rita,
  startImprovementBackend,
  wes,
} from '../__testUtils__/startImprovementBackend';
import { DatabaseSurveyStore } from '../database/DatabaseSurveyStore';
import { sampleSurvey } from '../domain/sampleSurvey';
import { readSurveySettings } from '../services/readSurveySettings';
import { SurveyInvitationTask } from '../tasks/SurveyInvitationTask';

jest.setTimeout(180_000);

const checkout = 'component:default/checkout-service';
const payments = 'group:default/payments-team';

/** The demo's after-closure survey, and a sampled one, and a periodic one. */
const surveys = {
  lowScore: 2,
  definitions: [
    {
      id: 'incident-closure',
      title: 'How did we do?',
      kind: 'after-closure',
      onePerPersonPer: 30,
      questions: [
        { id: 'overall', text: 'Overall', scale: 'rating' },
        { id: 'fixed', text: 'Is it fixed?', scale: 'yes-no' },
        { id: 'comment', text: 'Anything to add?', scale: 'text' },
      ],
    },
    {
      id: 'sampled',
      title: 'Half of them',
      kind: 'after-closure',
      samplingRate: 0.5,
      onePerPersonPer: 1,
      questions: [{ id: 'overall', text: 'Overall', scale: 'rating' }],
    },
    {
      id: 'payments-quarterly',
      title: 'How is checkout serving you?',
      kind: 'periodic',
      schedule: 'monthly',
      services: [checkout],
      groups: ['group:default/service-managers'],
      questions: [{ id: 'overall', text: 'Overall', scale: 'rating' }],
    },
  ],
};

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())('satisfaction surveys on %p', id => {
  let call: Awaited<ReturnType<typeof startImprovementBackend>>['call'];
  let knex: Knex;
  let sent: NotificationSendOptions[];
  let told: NotificationSendOptions[];
  const now = new Date('2026-12-07T12:00:00Z');

  /** The sending task as one replica runs it, at `at`. */
  const task = (
    only: string[] = ['incident-closure', 'payments-quarterly'],
    at = now,
  ) => {
    const settings = readSurveySettings(
      new ConfigReader({ itsm: { improvement: { surveys } } }),
    );
    settings.surveys = settings.surveys.filter(s => only.includes(s.id));
    return new SurveyInvitationTask({
      store: new DatabaseSurveyStore(knex),
      settings,
      catalog: catalogServiceMock({ entities: improvementEntities }),
      auth: mockServices.auth(),
      notifications: { send: async o => void told.push(o) },
      logger: mockServices.logger.mock(),
      now: () => at,
    });
  };

  /** An incident reported by `reporter`, closed at `closedAt`. */
  const closedIncident = async (reporter: string, closedAt: string) => {
    const res = await call(reporter).post('/incidents', {
      title: 'Checkout fails',
      description: 'HTTP 500',
      entityRefs: [checkout],
      priority: 'P3',
    });
    expect(res.status).toBe(201);
    await knex('itsm_records').where('id', res.body.id).update({
      state: 'closed',
      is_open: false,
      assignment_group: payments,
      resolved_at: closedAt,
      closed_at: closedAt,
    });
    return res.body as { id: string; ref: string };
  };

  beforeAll(async () => {
    ({ call, knex, sent } = await startImprovementBackend(databases, id, {
      improvement: { surveys },
    }));
  });
  beforeEach(() => {
    told = [];
  });

  it('asks the reporter once per period after closure, and a retry or second replica sends nothing more', async () => {
    const first = await closedIncident(wes, '2026-12-07T09:00:00Z');
    await closedIncident(wes, '2026-12-07T10:00:00Z');
    const monitoring = await closedIncident(paula, '2026-12-07T10:30:00Z');
    await knex('itsm_records')
      .where('id', monitoring.id)
      .update({ created_by: 'service:alertmanager' });
    const created = await task(['incident-closure']).run();
    expect(created.map(i => [i.recipient, i.recordRef])).toEqual([
      [wes, first.ref],
      [paula, monitoring.ref],
    ]);
    expect(told.map(n => n.payload.link)).toEqual(
      created.map(i => `/itsm/surveys/${i.id}`),
    );
    expect(told[0].recipients).toEqual({ type: 'entity', entityRef: wes });

    // Another replica, or a retry that lost its cursor, sends none again.
    await knex('itsm_survey_cursors').delete();
    expect(await task(['incident-closure']).run()).toEqual([]);
    expect(told).toHaveLength(2);
  });

  it('samples by a hash of the incident, so every run and replica picks the same ones', async () => {
    const incidents = [];
    for (let i = 0; i < 12; i++) {
      incidents.push(
        await closedIncident(
          i % 2 ? milo : rita,
          `2026-12-0${1 + (i % 6)}T08:0${i % 10}:00Z`,
        ),
      );
    }
    const expected = incidents.filter(i => sampleSurvey('sampled', i.id, 0.5));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(incidents.length);
    const firstRun = await task(['sampled']).run();
    // Each person at most once a day: every sampled one that was not
    // the same person's second closure of that day.
    const asked = new Set(firstRun.map(i => i.recordRef));
    expect(
      incidents.filter(
        i => asked.has(i.ref) && !sampleSurvey('sampled', i.id, 0.5),
      ),
    ).toEqual([]);
    expect(asked.size).toBeGreaterThan(0);
    await knex('itsm_survey_cursors').where('survey_id', 'sampled').delete();
    expect(await task(['sampled']).run()).toEqual([]);
  });

  it('shows an invitation to its recipient only, checks each answer, takes it once and rates the incident', async () => {
    const incident = await closedIncident(rita, '2026-12-07T12:10:00Z');
    const [invitation] = await task(
      ['incident-closure'],
      new Date('2026-12-07T12:30:00Z'),
    ).run();
    expect(invitation.recordRef).toBe(incident.ref);
    expect(invitation.recipient).toBe(rita);

    const own = await call(rita).get(`/surveys/invitations/${invitation.id}`);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({
      surveyId: 'incident-closure',
      recordRef: incident.ref,
      questions: [
        { id: 'overall', scale: 'rating', required: true, overall: true },
        { id: 'fixed', scale: 'yes-no', required: true },
        { id: 'comment', scale: 'text', required: false },
      ],
    });
    for (const other of [wes, iris]) {
      const res = await call(other).get(
        `/surveys/invitations/${invitation.id}`,
      );
      expect(res.status).toBe(404);
      const answer = await call(other).post(
        `/surveys/invitations/${invitation.id}/answer`,
        { answers: { overall: 5, fixed: true } },
      );
      expect(answer.status).toBe(404);
    }
    const mine = await call(rita).get('/surveys/invitations?mine=true');
    expect(mine.body.items.map((i: { id: string }) => i.id)).toContain(
      invitation.id,
    );
    expect(
      (await call(wes).get('/surveys/invitations')).body.items,
    ).not.toContainEqual(expect.objectContaining({ id: invitation.id }));

    const bad = async (answers: object) => {
      const res = await call(rita).post(
        `/surveys/invitations/${invitation.id}/answer`,
        { answers },
      );
      return [res.status, res.body.error.message.split(' ')[0]];
    };
    expect(await bad({ overall: 6, fixed: true })).toEqual([
      400,
      'answers.overall',
    ]);
    expect(await bad({ overall: 2.5, fixed: true })).toEqual([
      400,
      'answers.overall',
    ]);
    expect(await bad({ overall: 4 })).toEqual([400, 'answers.fixed']);
    expect(await bad({ overall: 4, fixed: 'yes' })).toEqual([
      400,
      'answers.fixed',
    ]);
    expect(await bad({ overall: 4, fixed: true, speed: 3 })).toEqual([
      400,
      'answers.speed',
    ]);

    const answered = await call(rita).post(
      `/surveys/invitations/${invitation.id}/answer`,
      { answers: { overall: 4, fixed: true, comment: 'Quick, thanks' } },
    );
    expect(answered.status).toBe(200);
    expect(answered.body.answeredAt).toBeDefined();
    const again = await call(rita).post(
      `/surveys/invitations/${invitation.id}/answer`,
      { answers: { overall: 1, fixed: false } },
    );
    expect(again.status).toBe(409);

    const rated = await call(rita).get(`/incidents/${incident.ref}`);
    expect(rated.body.satisfactionRating).toBe(4);
    expect(
      (await call(rita).get('/surveys/invitations?mine=true')).body.items,
    ).not.toContainEqual(expect.objectContaining({ id: invitation.id }));
  });

  it('follows a low score up once: the group is told and the incident gets a work note; a rating given at closure stays', async () => {
    const incident = await closedIncident(iris, '2026-12-07T12:40:00Z');
    await knex('itsm_records')
      .where('id', incident.id)
      .update({ satisfaction_rating: 3 });
    const [invitation] = await task(
      ['incident-closure'],
      new Date('2026-12-07T13:00:00Z'),
    ).run();
    expect(invitation.recordRef).toBe(incident.ref);
    const before = sent.length;
    const res = await call(iris).post(
      `/surveys/invitations/${invitation.id}/answer`,
      { answers: { overall: 1, fixed: false, comment: 'Took a week' } },
    );
    expect(res.status).toBe(200);
    const followUps = sent
      .slice(before)
      .filter(n => n.payload.topic === 'itsm-survey-low-score');
    expect(followUps).toHaveLength(1);
    expect(followUps[0]).toMatchObject({
      recipients: { type: 'entity', entityRef: payments },
      payload: { link: `/itsm/incidents/${incident.ref}` },
    });
    expect(followUps[0].payload.description).toContain('Took a week');
    const timeline = await call(paula).get(
      `/incidents/${incident.ref}/timeline`,
    );
    const notes = timeline.body.items.filter(
      (e: { kind: string; visibility: string }) =>
        e.kind === 'comment' && e.visibility === 'work_note',
    );
    expect(notes).toHaveLength(1);
    expect(notes[0].data.body).toContain('overall rating 1 of 5');
    expect(
      (await call(iris).get(`/incidents/${incident.ref}`)).body
        .satisfactionRating,
    ).toBe(3);

    // The follow-up is claimed once per answer.
    const store = new DatabaseSurveyStore(knex);
    expect(await store.claimFollowUp(invitation.id, now.toISOString())).toBe(
      false,
    );
  });

  it('sends the periodic survey to the service’s recent reporters and the listed groups, once a month', async () => {
    const created = await task(['payments-quarterly']).run();
    const recipients = created.map(i => i.recipient).sort();
    // Reporters of checkout in the last 90 days, and the service managers.
    expect(recipients).toEqual([iris, milo, paula, rita, wes].sort());
    expect(created.every(i => i.serviceRef === checkout)).toBe(true);
    expect(await task(['payments-quarterly']).run()).toEqual([]);
    const nextMonth = await task(
      ['payments-quarterly'],
      new Date('2027-01-10T12:00:00Z'),
    ).run();
    expect(nextMonth).toHaveLength(5);
  });

  it('shows a survey’s results to improvement managers only', async () => {
    const res = await call(iris).get(
      '/surveys/incident-closure/results?period=2026-12',
    );
    expect(res.status).toBe(200);
    // Sent this month: wes, paula (first test), rita, iris; answered: rita 4, iris 1.
    expect(res.body).toMatchObject({
      period: '2026-12',
      sent: 4,
      answered: 2,
      responseRate: 50,
      overallMean: 2.5,
      questions: [
        { id: 'overall', mean: 2.5, count: 2 },
        { id: 'fixed', mean: 50, count: 2 },
        { id: 'comment', mean: null, count: 2 },
      ],
    });
    expect(
      res.body.comments.map((c: { text: string }) => c.text).sort(),
    ).toEqual(['Quick, thanks', 'Took a week']);
    expect(
      (await call(wes).get('/surveys/incident-closure/results')).status,
    ).toBe(403);
    expect((await call(iris).get('/surveys/nope/results')).status).toBe(404);
    expect(
      (await call(iris).get('/surveys/incident-closure/results?period=2026-13'))
        .status,
    ).toBe(400);
    expect((await call(iris).get('/surveys')).body.items).toHaveLength(3);
  });
});
