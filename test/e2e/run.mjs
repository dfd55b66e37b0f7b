#!/usr/bin/env node
// End to end: builds the demo portal's frontend, starts its backend (which
// serves the built app) on a fresh embedded database, and in headless
// Chromium runs the journeys, each in its own module, in this order:
// incidents reported, worked, resolved and confirmed (incidentJourney.mjs);
// configuration items on the CMDB pages (cmdbJourney.mjs); a change
// requested, approved, implemented and closed, and the change calendar
// (changeJourney.mjs); a release scheduled, approved, verified, rolled out
// and confirmed, and another rolled back (releaseJourney.mjs); service
// levels (slaJourney.mjs); a problem found from repeated incidents, fixed
// by a change (problemJourney.mjs); and IT service continuity: the
// checkout service's impact analysis, its plan, a drill that misses the
// RTO and a major incident that invokes the plan (continuityJourney.mjs);
// and continual improvement: the KPI dashboard's figures, an improvement
// item proposed, approved and evaluated, a satisfaction survey answered
// and last month's report (improvementJourney.mjs). Then it stops the
// backend, writes six months of history into its database with `yarn
// demo:history`, starts it again and runs the journey over that history:
// a missed target suggesting an item, evaluated against its baseline
// (improvementHistoryJourney.mjs).
// Each journey continues from the
// records the ones before it left. Every page they visit is checked for
// raw values people should not read (plainWords.mjs). Screenshots are saved in
// test/e2e/screenshots/ (the docs show copies).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  requireFromRoot,
  root,
  startBackend,
  waitFor,
} from '../lib/backendProcess.mjs';
import { incidentJourney } from './incidentJourney.mjs';
import { cmdbJourney } from './cmdbJourney.mjs';
import { changeJourney } from './changeJourney.mjs';
import { releaseJourney } from './releaseJourney.mjs';
import { slaJourney } from './slaJourney.mjs';
import { problemJourney } from './problemJourney.mjs';
import { continuityJourney } from './continuityJourney.mjs';
import { improvementJourney } from './improvementJourney.mjs';
import { improvementHistoryJourney } from './improvementHistoryJourney.mjs';
import { checkEveryPage, expectPlainWords } from './plainWords.mjs';

const PORT = Number(process.env.E2E_PORT ?? 7017);
const BASE = `http://localhost:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const shots = path.join(root, 'test/e2e/screenshots');
const yarn = path.join(
  root,
  '.yarn/releases',
  fs.readdirSync(path.join(root, '.yarn/releases'))[0],
);

let passed = 0;
let failed = 0;
let page;

/** Switches the demo user, as the sidebar's "Switch user" does. */
async function signInAs(user) {
  await page.getByText('Switch user').click();
  const choice = page.getByTestId(`demo-user-${user}`);
  await choice.click();
  // Signed in once the sign-in page has gone.
  await choice.waitFor({ state: 'detached' });
}

async function step(name, fn) {
  try {
    await fn();
    await expectPlainWords(page, `after "${name}"`);
    passed++;
    console.log(`  ok  ${name}`);
  } catch (error) {
    failed++;
    console.error(`  FAIL ${name}: ${error.message.split('\n')[0]}`);
    await page
      ?.screenshot({ path: path.join(shots, 'failure.png') })
      .then(() =>
        console.error(
          `  (screenshot of the failure: ${path.join(shots, 'failure.png')})`,
        ),
      )
      .catch(() => {});
    throw error;
  }
}

if (!fs.existsSync(CHROMIUM)) {
  console.error(
    `Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`,
  );
  process.exit(1);
}

console.log('==> Building the frontend (packages/app)');
execFileSync(process.execPath, [yarn, 'workspace', 'app', 'build'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'itsm-e2e-'));
const database = {
  client: 'better-sqlite3',
  connection: { directory: dataDir },
};

/** The demo backend on the run's database; `improvement` settings added. */
const startDemoBackend = (improvement = {}) =>
  startBackend({
    name: 'e2e',
    entry: path.join(root, 'packages/backend/src/index.ts'),
    cwd: path.join(root, 'packages/backend'),
    configFiles: [path.join(root, 'app-config.yaml')],
    config: {
      app: { baseUrl: BASE },
      backend: {
        baseUrl: BASE,
        listen: { port: PORT },
        cors: { origin: BASE },
        database,
      },
      itsm: {
        // Look at the catalog for the CMDB index soon and often.
        cmdb: { historyFrequency: { seconds: 10 } },
        // Detect repeated incidents often, by entity only: a category
        // cluster must not take the journey's incidents while they arrive.
        problems: { detection: { frequency: '5s', basis: ['entity'] } },
        // The journey records its own continuity from a clean slate (one
        // analysis per entity): no demo records.
        continuity: { demoData: false },
        // Nor six months of demo history (its own incidents are INC-1 on).
        // Figures as the journey just left them (no figure cache), and
        // satisfaction surveys sent every few seconds.
        improvement: {
          demoHistory: false,
          figureCache: { seconds: 0 },
          surveys: { frequency: { seconds: 5 } },
          ...improvement,
        },
      },
      // Index the known-error base for search every few seconds.
      search: {
        collators: {
          itsm: {
            schedule: { frequency: { seconds: 5 }, timeout: { minutes: 1 } },
          },
        },
      },
    },
  });
let backend = startDemoBackend();

/**
 * Stops the backend, writes the demo history into its database as a
 * person would (`yarn demo:history`; one writer on SQLite) and starts it
 * again, reading the indicators for suggestions every few seconds.
 */
async function restartOverHistory() {
  await backend.stop();
  const config = path.join(os.tmpdir(), `itsm-e2e-history-${process.pid}.json`);
  fs.writeFileSync(config, JSON.stringify({ backend: { database } }));
  try {
    const out = execFileSync(
      process.execPath,
      [yarn, 'demo:history', '--config', 'app-config.yaml', '--config', config],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const written = out.match(/^written in .*$/m);
    if (!written) throw new Error(`yarn demo:history wrote nothing:\n${out}`);
    console.log(`  ${written[0]}`);
  } finally {
    fs.rmSync(config, { force: true });
  }
  backend = startDemoBackend({ suggestionFrequency: { seconds: 5 } });
  await waitFor(`${BASE}/api/itsm/health`);
}

const { chromium } = requireFromRoot('playwright-core');
let browser;
try {
  console.log(`==> Starting the demo backend on ${BASE}`);
  await waitFor(`${BASE}/api/itsm/health`);
  fs.mkdirSync(shots, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  // The screen of a common laptop: the screenshots the docs show.
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.setDefaultTimeout(30_000);
  checkEveryPage(page);
  page.on('pageerror', error => console.error(`  browser: ${error.message}`));
  const journey = { page, step, BASE, shots, signInAs };
  await incidentJourney(journey);
  await cmdbJourney(journey);
  await changeJourney(journey);
  await releaseJourney(journey);
  await slaJourney(journey);
  await problemJourney(journey);
  await continuityJourney(journey);
  await improvementJourney(journey);
  console.log('==> Writing six months of demo history and restarting');
  await restartOverHistory();
  await improvementHistoryJourney(journey);
} catch (error) {
  if (failed === 0) {
    failed++;
    console.error(error);
  }
} finally {
  await browser?.close();
  await backend.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
console.log(
  `e2e: ${passed} passed, ${failed} failed (screenshots in ${path.relative(
    root,
    shots,
  )})`,
);
process.exit(failed ? 1 : 0);
