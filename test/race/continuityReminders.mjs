// The continuity reminders on two replicas at once (issue 20, item 8): both
// replicas run each of the three reminder tasks at the same moment over
// records whose dates have passed, and every reminder is sent once.
//
// The records are made through the API (risks and plans with dates in the
// past, which the API allows; analyses, whose approval needs the entity's
// owner, are made through the API and then seeded as approved with a
// review date passed). raceBackend.ts runs the reminder tasks only when
// triggered, on the replica triggered, so the two runs overlap; it writes
// each notification as a line of `notificationsFile`.
import fs from 'node:fs';
import { requireFromRoot } from '../lib/backendProcess.mjs';

const RECORDS = Number(process.env.RACE_REMINDERS ?? 6);
const DAY = 86_400_000;
/** A day `n` days before today (after it, for a negative `n`), UTC. */
const daysAgo = n => new Date(Date.now() - n * DAY).toISOString().slice(0, 10);

const paula = 'user:default/paula.lead';
const team = 'group:default/payments-team';

/** The three tasks, in the order they are raced. */
const TASKS = {
  risks: 'itsm-risk-reminders',
  reviews: 'itsm-continuity-review-reminders',
  measures: 'itsm-continuity-measure-reminders',
};

/**
 * Seeds overdue risks, analyses due for review and plans with overdue
 * measures (and one of each not due), races each task on both replicas
 * twice, and checks after each round: one notification, one timeline
 * event or one claim row per record and date, nothing for what is not due
 * or done, and nothing more from the second round.
 */
export async function continuityReminders({
  bases,
  ports,
  call,
  check,
  token,
  connectionString,
  database,
  notificationsFile,
}) {
  const pg = requireFromRoot('pg');
  const url = new URL(connectionString);
  url.pathname = `/${database}`;
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  try {
    const seeded = {
      risks: await seedRisks(bases, call, check),
      reviews: await seedAnalyses(bases, call, check, db),
      measures: await seedPlans(bases, call, check),
    };
    console.log(
      `${RECORDS} overdue risks, analyses due for review and plans with overdue measures; racing the three reminder tasks on both replicas`,
    );
    for (const round of [1, 2]) {
      for (const [what, taskId] of Object.entries(TASKS)) {
        await runOnBoth(bases, taskId, token, check);
        const told = await checkReminders[what]({
          seeded: seeded[what],
          sent: readNotifications(notificationsFile),
          bases,
          call,
          check,
          db,
          round,
        });
        const by = bases.map(
          (_, i) => told.filter(n => n.replica === ports[i]).length,
        );
        console.log(
          `round ${round}: ${taskId} run by both replicas at once: ${
            told.length
          } reminders so far (sent by each: ${by.join(' and ')})`,
        );
      }
    }
  } finally {
    await db.end();
  }
}

/** Risks with a review and a treatment overdue, and one with neither. */
async function seedRisks(bases, call, check) {
  const risk = (i, reviewDate, treatmentDueDate) =>
    call(bases[i % 2], 'POST', '/risks', {
      title: `reminded risk ${i}`,
      description: 'its dates have passed',
      entityRefs: ['component:default/checkout-service'],
      area: 'hardware',
      likelihood: 3,
      impact: 4,
      treatment: 'reduce',
      treatmentOwner: paula,
      treatmentDueDate,
      reviewDate,
    });
  const due = [];
  for (let i = 0; i < RECORDS; i++) {
    const res = await risk(i, daysAgo(10 + i), daysAgo(20 + i));
    check(res.status === 201, `risk ${i}: ${res.status} ${json(res.body)}`);
    due.push(res.body);
  }
  const later = await risk(RECORDS, daysAgo(-30), daysAgo(-60));
  check(later.status === 201, `risk not due: ${later.status}`);
  return { due, later: later.body };
}

/**
 * Analyses of services of their own, approved (seeded: the approval is the
 * entity owner's) with the review due an hour ago; one due next year.
 */
async function seedAnalyses(bases, call, check, db) {
  const analysis = async (i, reviewDueAt) => {
    const res = await call(bases[i % 2], 'POST', '/business-impact-analyses', {
      title: `reviewed analysis ${i}`,
      description: 'its yearly review is due',
      entityRefs: [`component:default/analysed-${16 + i}`],
      businessProcesses: ['Card payments'],
      impacts: [{ category: 'customers', afterMinutes: 240, rating: 4 }],
      rtoMinutes: 120,
      rpoMinutes: 15,
    });
    check(res.status === 201, `analysis ${i}: ${res.status} ${json(res.body)}`);
    const { rows } = await db.query(
      "SELECT fields FROM itsm_records WHERE type = 'impact-analysis' AND id = $1",
      [res.body.id],
    );
    await db.query(
      "UPDATE itsm_records SET state = 'approved', fields = $2 WHERE id = $1",
      [
        res.body.id,
        JSON.stringify({ ...JSON.parse(rows[0].fields), reviewDueAt }),
      ],
    );
    return { ...res.body, reviewDueAt };
  };
  const due = [];
  for (let i = 0; i < RECORDS; i++) {
    due.push(await analysis(i, new Date(Date.now() - 3600_000).toISOString()));
  }
  const later = await analysis(
    RECORDS,
    new Date(Date.now() + 365 * DAY).toISOString(),
  );
  return { due, later };
}

/**
 * Plans with four measures each: two overdue (one a group's, one a
 * user's), one overdue but ticked done, one due next month.
 */
async function seedPlans(bases, call, check) {
  const plans = [];
  for (let i = 0; i < RECORDS; i++) {
    const base = bases[i % 2];
    const created = await call(base, 'POST', '/continuity-plans', {
      title: `reminding plan ${i}`,
      description: 'its measures are overdue',
      entityRefs: ['component:default/checkout-service'],
      owner: paula,
    });
    check(created.status === 201, `plan ${i}: ${created.status}`);
    const content = await call(
      base,
      'PUT',
      `/continuity-plans/${created.body.ref}/content`,
      {
        version: created.body.version,
        measures: [
          measure('prevention', 'Replicate the database', team, daysAgo(15)),
          measure('recovery', 'Document the failover', paula, daysAgo(5)),
          measure('detection', 'Alert on replication lag', team, daysAgo(8)),
          measure('response', 'Train the on-call', paula, daysAgo(-30)),
        ],
      },
    );
    check(
      content.status === 200,
      `plan ${i} content: ${content.status} ${json(content.body)}`,
    );
    const [overdueA, overdueB, done, later] = content.body.measures ?? [];
    const ticked = await call(
      bases[(i + 1) % 2],
      'POST',
      `/continuity-plans/${created.body.ref}/measures/${done?.id}`,
      { version: content.body.version, done: true },
    );
    check(ticked.status === 200, `plan ${i} tick: ${ticked.status}`);
    plans.push({
      ...created.body,
      overdue: [overdueA?.id, overdueB?.id],
      quiet: [done?.id, later?.id],
    });
  }
  return { due: plans };
}

const measure = (phase, title, owner, dueDate) => ({
  phase,
  title,
  owner,
  dueDate,
});

/**
 * Triggers the task on both replicas at once (each runs it itself) and
 * waits until both runs have ended, without error.
 */
async function runOnBoth(bases, taskId, token, check) {
  const since = Date.now();
  const scheduler = base => `${base}/.backstage/scheduler/v1/tasks`;
  const headers = { authorization: `Bearer ${token}` };
  const triggered = await Promise.all(
    bases.map(base =>
      fetch(`${scheduler(base)}/${taskId}/trigger`, {
        method: 'POST',
        headers,
      }),
    ),
  );
  check(
    triggered.every(r => r.status === 200),
    `${taskId}: triggers answered ${triggered.map(r => r.status).join(', ')}`,
  );
  const deadline = Date.now() + 60_000;
  for (const base of bases) {
    for (;;) {
      const { tasks } = await (
        await fetch(scheduler(base), { headers })
      ).json();
      const state = tasks.find(t => t.taskId === taskId)?.taskState;
      const ended = Date.parse(state?.lastRunEndedAt ?? '');
      if (state?.status === 'idle' && ended >= since) {
        check(
          !state.lastRunError,
          `${taskId} failed on ${base}: ${json(state.lastRunError)}`,
        );
        break;
      }
      if (Date.now() > deadline) {
        check(false, `${taskId} did not end on ${base}: ${json(state)}`);
        break;
      }
      await new Promise(resolve => setTimeout(resolve, 200));
    }
  }
}

function readNotifications(file) {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(line => JSON.parse(line));
}

/** Checks each task's reminders; returns the notifications they sent. */
const checkReminders = {
  /** One notification and one claim row per risk, kind and due date. */
  async risks({ seeded, sent, db, check, round }) {
    const { rows } = await db.query(
      'SELECT record_id, kind, due_date FROM itsm_risk_reminders',
    );
    const all = [];
    for (const risk of [...seeded.due, seeded.later]) {
      const due = risk !== seeded.later;
      for (const [kind, date] of [
        ['review', risk.reviewDate],
        ['treatment', risk.treatmentDueDate],
      ]) {
        const scope = `itsm-risk-reminder:${risk.id}:${kind}:${date}`;
        const told = sent.filter(n => n.payload.scope === scope);
        const claims = rows.filter(
          r => r.record_id === risk.id && r.kind === kind,
        );
        const expected = due ? 1 : 0;
        check(
          told.length === expected,
          `round ${round}: ${risk.ref} ${kind} reminded ${told.length} times`,
        );
        check(
          claims.length === expected && claims.every(c => c.due_date === date),
          `round ${round}: ${risk.ref} ${kind} claimed ${json(claims)}`,
        );
        const to = kind === 'review' ? team : paula;
        check(
          told.every(n => n.recipients.entityRef === to),
          `round ${round}: ${risk.ref} ${kind} told ${json(
            told.map(n => n.recipients),
          )}`,
        );
        all.push(...told);
      }
    }
    return all;
  },

  /** One review-due event on the timeline and one notification per analysis. */
  async reviews({ seeded, sent, bases, call, check, round }) {
    const all = [];
    for (const analysis of [...seeded.due, seeded.later]) {
      const expected = analysis === seeded.later ? 0 : 1;
      const timeline = await call(
        bases[round % 2],
        'GET',
        `/business-impact-analyses/${analysis.id}/timeline?limit=100`,
      );
      const events = (timeline.body.items ?? []).filter(
        e => e.kind === 'reviewed' && e.data?.type === 'review-due',
      );
      check(
        events.length === expected &&
          events.every(e => e.data.reviewDueAt === analysis.reviewDueAt),
        `round ${round}: ${analysis.ref} has ${events.length} review reminders on its timeline`,
      );
      const told = sent.filter(
        n =>
          n.payload.topic === analysis.ref &&
          n.payload.title.startsWith('Review the business impact analysis'),
      );
      check(
        told.length === expected,
        `round ${round}: ${analysis.ref} review reminded ${told.length} times`,
      );
      all.push(...told);
    }
    return all;
  },

  /**
   * One reminder event per plan naming its two overdue measures, one
   * notification per overdue measure, none for a measure done or not due.
   */
  async measures({ seeded, sent, bases, call, check, round }) {
    const all = [];
    for (const plan of seeded.due) {
      const timeline = await call(
        bases[round % 2],
        'GET',
        `/continuity-plans/${plan.id}/timeline?limit=100`,
      );
      const events = (timeline.body.items ?? []).filter(
        e => e.actor === 'itsm:continuity-reminders',
      );
      const named = events.flatMap(e => (e.data.overdue ?? []).map(m => m.id));
      check(
        events.length === 1 &&
          json([...named].sort()) === json([...plan.overdue].sort()),
        `round ${round}: ${plan.ref} has ${
          events.length
        } reminder events naming ${json(named)}`,
      );
      for (const id of [...plan.overdue, ...plan.quiet]) {
        const expected = plan.overdue.includes(id) ? 1 : 0;
        const told = sent.filter(
          n => n.payload.scope === `${plan.ref}:measure:${id}`,
        );
        check(
          told.length === expected,
          `round ${round}: ${plan.ref} measure ${id} reminded ${told.length} times, not ${expected}`,
        );
        all.push(...told);
      }
    }
    return all;
  },
};

const json = value => JSON.stringify(value);
