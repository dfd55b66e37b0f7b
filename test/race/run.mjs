#!/usr/bin/env node
// The two-process race: two backend instances on one PostgreSQL database race
// the same changes on the same incidents. Exactly one request may win each
// version; every loser gets 409; no update is lost; every winner leaves
// exactly one timeline event. Then both run the SLA breach scan over
// incidents under a one-minute agreement: every breach is announced once.
// Then both run proactive problem detection over repeated incidents of one
// service: one problem is suggested, each incident linked to it once. Then
// both record continuity records of each type at once: every one gets a
// number of its own (RSK-n, BIA-n, CP-n, EX-n from PostgreSQL sequences).
// Last, both run each of the three continuity reminder tasks at the same
// moment over overdue risks, analyses due for review and plans with overdue
// measures (continuityReminders.mjs), twice: each reminder is sent once
// (one notification, one timeline event or one claim row per record and
// date), the second round sends nothing. raceBackend.ts runs those tasks
// on the replica triggered, so only the tasks' own guards prevent doubles,
// and writes the notifications both replicas send to one file.
//
// Needs PostgreSQL (BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING,
// default postgresql://postgres@127.0.0.1:5432).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  dropDatabases,
  postgresConnection,
  root,
  startBackend,
  waitFor,
} from '../lib/backendProcess.mjs';
import { continuityReminders } from './continuityReminders.mjs';

const connectionString =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
  'postgresql://postgres@127.0.0.1:5432';
const RECORDS = Number(process.env.RACE_RECORDS ?? 10);
const ROUNDS = Number(process.env.RACE_ROUNDS ?? 12);
const RACERS = Number(process.env.RACE_RACERS ?? 8);
const TOKEN = 'race-test-token-0123456789';
const prefix = `itsm_race_${process.pid}_`;
const ports = [7191, 7192];
/** Where both replicas write the notifications they send, a line each. */
const notificationsFile = path.join(
  os.tmpdir(),
  `itsm-race-${process.pid}-notifications.jsonl`,
);
/** Incidents of detect-service, which proactive detection must find. */
const DETECTED = 13;

const instances = [];
let passed = 0;
let failed = 0;

function check(ok, message) {
  if (ok) {
    passed++;
  } else {
    failed++;
    console.error(`FAIL: ${message}`);
  }
}

function startInstance(port) {
  const instance = startBackend({
    name: 'race',
    entry: path.join(root, 'test/race/raceBackend.ts'),
    env: { RACE_NOTIFICATIONS: notificationsFile },
    config: {
      backend: {
        baseUrl: `http://localhost:${port}`,
        listen: { port },
        database: {
          client: 'pg',
          prefix,
          connection: postgresConnection(connectionString),
        },
        auth: {
          externalAccess: [
            { type: 'static', options: { token: TOKEN, subject: 'race-test' } },
          ],
        },
      },
      permission: { enabled: false },
      itsm: {
        // Only sla-service picks this agreement (by annotation): the raced
        // incidents of checkout-service have no clocks.
        sla: {
          agreements: [
            {
              id: 'race',
              objectives: { P1: { response: '1m', restore: '1m' } },
            },
          ],
          onBreach: { action: 'none' },
          scanFrequency: { seconds: 2 },
        },
        // Above the 10 raced and 12 SLA incidents of one service each: only
        // detect-service's reach it.
        problems: {
          detection: {
            threshold: DETECTED,
            basis: ['entity'],
            frequency: { seconds: 2 },
          },
        },
      },
    },
  });
  instances.push(instance);
  return `${instance.baseUrl}/api/itsm`;
}

async function call(base, method, route, body) {
  const res = await fetch(`${base}${route}`, {
    method,
    headers: {
      authorization: `Bearer ${TOKEN}`,
      'content-type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

async function race() {
  // One after the other: on a new database Backstage's own core services
  // (the auth key store) race each other's first migration and one replica
  // dies, as a Kubernetes rollout would restart it. Our own migrations
  // racing is covered by migrations.test.ts; this test races requests.
  const bases = [];
  for (const port of ports) {
    const base = startInstance(port);
    await waitFor(`${base}/health`);
    bases.push(base);
  }
  console.log(
    `two instances up on ${ports.join(
      ' and ',
    )}; racing ${RECORDS} incidents x ${ROUNDS} rounds x ${RACERS} requests`,
  );

  const incidents = [];
  for (let i = 0; i < RECORDS; i++) {
    const res = await call(bases[i % 2], 'POST', '/incidents', {
      title: `race ${i}`,
      description: 'raced by two replicas',
      entityRefs: ['component:default/checkout-service'],
      priority: 'P3',
    });
    check(res.status === 201, `create ${i} gave ${res.status}`);
    incidents.push(res.body);
  }

  const winners = new Map(incidents.map(i => [i.id, []]));
  await Promise.all(
    incidents.map(async incident => {
      let version = incident.version;
      for (let round = 0; round < ROUNDS; round++) {
        // Even rounds edit a field; odd rounds race a workflow move.
        const results = await Promise.all(
          Array.from({ length: RACERS }, (_, racer) => {
            const base = bases[racer % 2];
            if (round % 2 === 0) {
              return call(base, 'PATCH', `/incidents/${incident.id}`, {
                version,
                title: `round ${round} racer ${racer}`,
              }).then(r => ({ ...r, racer }));
            }
            return call(base, 'POST', `/incidents/${incident.id}/transitions`, {
              version,
              action: round % 4 === 1 ? 'resolve' : 'reopen',
              resolution: `fixed by racer ${racer}`,
              cause: 'raced',
              verification: 'raced',
              reason: `reopened by racer ${racer}`,
            }).then(r => ({ ...r, racer }));
          }),
        );
        const won = results.filter(r => r.status === 200);
        const lost = results.filter(r => r.status === 409);
        check(
          won.length === 1,
          `${incident.ref} round ${round}: ${won.length} winners`,
        );
        check(
          lost.length === RACERS - 1,
          `${incident.ref} round ${round}: statuses ${results
            .map(r => r.status)
            .join(',')}`,
        );
        check(
          lost.every(r => r.body.current?.version === version + 1),
          `${incident.ref} round ${round}: a 409 did not carry the current record`,
        );
        if (won.length === 1) {
          winners.get(incident.id).push({ round, racer: won[0].racer });
          check(
            won[0].body.version === version + 1,
            `${incident.ref} version did not advance by one`,
          );
        }
        version += 1;
      }
    }),
  );

  for (const incident of incidents) {
    const current = await call(bases[0], 'GET', `/incidents/${incident.id}`);
    check(
      current.body.version === 1 + ROUNDS,
      `${incident.ref} ends at version ${current.body.version}`,
    );
    const lastEdit = winners
      .get(incident.id)
      .filter(w => w.round % 2 === 0)
      .pop();
    check(
      current.body.title === `round ${lastEdit.round} racer ${lastEdit.racer}`,
      `${incident.ref} lost the last winning edit: ${current.body.title}`,
    );
    const timeline = await call(
      bases[1],
      'GET',
      `/incidents/${incident.id}/timeline?limit=100`,
    );
    const changes = timeline.body.items.filter(e => e.kind !== 'created');
    check(
      changes.length === ROUNDS,
      `${incident.ref} has ${changes.length} events for ${ROUNDS} winners`,
    );
    changes.forEach((event, round) => {
      const winner = winners.get(incident.id)[round];
      const text = JSON.stringify(event.data);
      check(
        text.includes(`racer ${winner.racer}`),
        `${incident.ref} event ${round} is not the winner's: ${text}`,
      );
    });
  }

  await slaScan(bases);
  await problemDetection(bases);
  await continuityNumbers(bases);
  await continuityReminders({
    bases,
    ports,
    call,
    check,
    token: TOKEN,
    connectionString,
    // Backstage's database of the plugin: the prefix, then its id.
    database: `${prefix}itsm`,
    notificationsFile,
  });
}

/**
 * Continuity records of the four types (chapter 9) recorded at once on both
 * replicas: each answers 201, and each type's human ids are 1 to n, none
 * given twice.
 */
async function continuityNumbers(bases) {
  const PER_TYPE = 16;
  const entityRefs = ['component:default/checkout-service'];
  const types = [
    ['risks', 'RSK', { area: 'hardware' }],
    ['business-impact-analyses', 'BIA', {}],
    ['continuity-plans', 'CP', {}],
    ['exercises', 'EX', { kind: 'tabletop' }],
  ];
  const made = await Promise.all(
    types.flatMap(([collection, prefix, own]) =>
      Array.from({ length: PER_TYPE }, (_, i) =>
        call(bases[i % 2], 'POST', `/${collection}`, {
          title: `raced ${prefix} ${i}`,
          description: 'recorded by two replicas at once',
          // A service has one business impact analysis: each its own.
          entityRefs:
            prefix === 'BIA' ? [`component:default/analysed-${i}`] : entityRefs,
          ...own,
        }).then(res => ({ prefix, i, ...res })),
      ),
    ),
  );
  for (const [, prefix] of types) {
    const mine = made.filter(m => m.prefix === prefix);
    const failed = mine.filter(m => m.status !== 201);
    check(
      failed.length === 0,
      `${prefix}: ${failed.length} creates failed: ${failed
        .map(m => `${m.status} ${JSON.stringify(m.body.error ?? m.body)}`)
        .slice(0, 3)
        .join('; ')}`,
    );
    const refs = mine.filter(m => m.status === 201).map(m => m.body.ref);
    const expected = Array.from(
      { length: PER_TYPE },
      (_, n) => `${prefix}-${n + 1}`,
    );
    check(
      JSON.stringify([...refs].sort()) === JSON.stringify([...expected].sort()),
      `${prefix}: raced creates were numbered ${refs.join(', ')}`,
    );
  }
  console.log(
    `${PER_TYPE} continuity records of each of ${types.length} types recorded by both replicas at once`,
  );
}

/**
 * Proactive detection on both replicas: the incidents of one service
 * suggest one problem, linked to each of them once, and no second one
 * however often the replicas look again.
 */
async function problemDetection(bases) {
  const entityRef = 'component:default/detect-service';
  for (let i = 0; i < DETECTED; i++) {
    const res = await call(bases[i % 2], 'POST', '/incidents', {
      title: `repeated ${i}`,
      description: 'the same failure again',
      entityRefs: [entityRef],
      priority: 'P3',
    });
    check(res.status === 201, `detect create ${i} gave ${res.status}`);
  }
  console.log(
    `${DETECTED} incidents of detect-service; waiting for problem detection`,
  );
  const problems = () =>
    call(
      bases[1],
      'GET',
      `/problems?entityRef=${encodeURIComponent(entityRef)}&limit=50`,
    );
  const deadline = Date.now() + 60_000;
  let found = [];
  while (found.length === 0 && Date.now() < deadline) {
    await new Promise(resolve => setTimeout(resolve, 2000));
    found = (await problems()).body.items;
  }
  // Both replicas look again a few times.
  await new Promise(resolve => setTimeout(resolve, 8000));
  found = (await problems()).body.items;
  check(
    found.length === 1,
    `detection suggested ${found.length} problems: ${found
      .map(p => p.ref)
      .join(', ')}`,
  );
  if (found.length !== 1) return;
  check(
    found[0].source === 'proactive' &&
      found[0].detection?.incidents === DETECTED,
    `the suggestion: ${JSON.stringify(found[0].detection)}`,
  );
  const links = await call(bases[0], 'GET', `/problems/${found[0].id}/links`);
  const incidents = links.body.items
    .filter(l => l.kind === 'caused-by')
    .map(l => l.source.ref);
  check(
    incidents.length === DETECTED && new Set(incidents).size === DETECTED,
    `the suggestion links ${incidents.length} incidents`,
  );
}

/**
 * The breach scan on both replicas: each announces the crossings it finds,
 * one replica at a time. Every clock of every incident must announce its
 * breach once, and no threshold twice.
 */
async function slaScan(bases) {
  const SLA_INCIDENTS = 12;
  const incidents = [];
  for (let i = 0; i < SLA_INCIDENTS; i++) {
    const res = await call(bases[i % 2], 'POST', '/incidents', {
      title: `sla ${i}`,
      description: 'watched by the breach scan of two replicas',
      entityRefs: ['component:default/sla-service'],
      priority: 'P1',
    });
    check(res.status === 201, `sla create ${i} gave ${res.status}`);
    incidents.push(res.body);
  }
  console.log(
    `${SLA_INCIDENTS} incidents under a 1-minute agreement; waiting for the breach scan`,
  );
  const deadline = Date.now() + 150_000;
  let clocks = [];
  for (;;) {
    clocks = await Promise.all(
      incidents.map(i => call(bases[0], 'GET', `/incidents/${i.id}/sla`)),
    );
    const breached = clocks.every(
      c =>
        c.body.items.length === 2 && c.body.items.every(k => k.crossed === 100),
    );
    if (breached || Date.now() > deadline) break;
    await new Promise(resolve => setTimeout(resolve, 3000));
  }
  for (const [n, incident] of incidents.entries()) {
    check(
      clocks[n].body.items.every(k => k.crossed === 100 && k.breachedAt),
      `${incident.ref}: clocks not all breached: ${JSON.stringify(
        clocks[n].body.items.map(k => [k.kind, k.crossed]),
      )}`,
    );
    const timeline = await call(
      bases[1],
      'GET',
      `/incidents/${incident.id}/timeline?limit=100`,
    );
    for (const kind of ['response', 'restore']) {
      const announced = timeline.body.items
        .filter(e => e.kind === 'sla' && e.data.clock === kind)
        .map(e => e.data.threshold);
      check(
        announced.filter(t => t === 100).length === 1,
        `${incident.ref} ${kind}: breach announced ${JSON.stringify(
          announced,
        )}`,
      );
      check(
        new Set(announced).size === announced.length &&
          announced.every((t, i) => i === 0 || t > announced[i - 1]),
        `${incident.ref} ${kind}: thresholds ${JSON.stringify(announced)}`,
      );
    }
  }
}

let exitCode = 0;
try {
  await race();
} catch (error) {
  console.error(error);
  failed++;
} finally {
  await Promise.all(instances.map(i => i.stop()));
  fs.rmSync(notificationsFile, { force: true });
  await dropDatabases(connectionString, prefix).catch(e =>
    console.error(`cleanup: ${e}`),
  );
}
console.log(`race: ${passed} passed, ${failed} failed`);
exitCode = failed ? 1 : 0;
process.exit(exitCode);
