#!/usr/bin/env node
// End to end: builds the demo portal's frontend, starts its backend (which
// serves the built app) on a fresh embedded database, and in headless
// Chromium signs in as a demo engineer, reports an incident from a
// component's Incidents tab, sees it listed, starts work on it, checks that
// an engineer of another team sees it without actions, and saves
// screenshots in test/e2e/screenshots/.
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
async function step(name, fn) {
  try {
    await fn();
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
const backend = startBackend({
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
      database: {
        client: 'better-sqlite3',
        connection: { directory: dataDir },
      },
    },
  },
});

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
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(30_000);
  page.on('pageerror', error => console.error(`  browser: ${error.message}`));
  const title = `Checkout returns 500 (${Date.now()})`;

  await step('signs in as a demo engineer', async () => {
    await page.goto(BASE);
    await page.getByTestId('demo-user-pat.engineer').click();
    await page.getByText('Payments Team').first().waitFor();
  });

  await step('opens the Incidents tab of a component', async () => {
    // The catalog ingests the demo entities in its first seconds: retry.
    for (let attempt = 0; ; attempt++) {
      await page.goto(
        `${BASE}/catalog/default/component/checkout-service/incidents`,
      );
      try {
        await page
          .getByRole('button', { name: 'Report incident' })
          .waitFor({ timeout: 5000 });
        break;
      } catch (error) {
        if (attempt > 12) throw error;
      }
    }
    await page.getByText('No incidents').waitFor();
  });

  await step('reports an incident through the tab', async () => {
    await page.getByRole('button', { name: 'Report incident' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Title').fill(title);
    await dialog
      .getByLabel('Description')
      .fill('Every payment fails with HTTP 500 since 10:02.');
    // High impact, medium urgency: P2 by the priority matrix.
    await dialog.getByRole('button', { name: /^Impact/ }).click();
    await page.getByRole('option', { name: /^High: a business/ }).click();
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    await dialog.getByText(/Priority: P2 - High/).waitFor();
    await page.screenshot({ path: path.join(shots, '1-report-incident.png') });
    await dialog.getByRole('button', { name: 'Report incident' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  await step('sees it listed as INC-1 with its priority counted', async () => {
    const row = page.getByTestId('INC-1');
    await row.getByText(title).waitFor();
    await row.getByText('New').waitFor();
    await page
      .getByTestId('open-incidents-P2')
      .getByText('1', { exact: true })
      .waitFor();
    await page.screenshot({ path: path.join(shots, '2-incident-listed.png') });
  });

  await step('starts work on it with a workflow action', async () => {
    const row = page.getByTestId('INC-1');
    await row.getByRole('button', { name: 'Start work' }).click();
    await row.getByText('In progress').waitFor();
    await page.screenshot({ path: path.join(shots, '3-in-progress.png') });
  });

  await step('finds it through the API too, after a reload', async () => {
    await page.reload();
    await page.getByTestId('INC-1').getByText('In progress').waitFor();
    const token = await page.evaluate(async () => {
      const res = await fetch('/api/auth/demo/refresh', {
        headers: {
          'x-demo-user': 'pat.engineer',
          'x-requested-with': 'XMLHttpRequest',
        },
      });
      return (await res.json()).backstageIdentity.token;
    });
    const res = await fetch(`${BASE}/api/itsm/incidents/INC-1`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const incident = await res.json();
    if (incident.title !== title || incident.state !== 'in_progress') {
      throw new Error(`unexpected incident ${JSON.stringify(incident)}`);
    }
    if (incident.createdBy !== 'user:default/pat.engineer') {
      throw new Error(`reported by ${incident.createdBy}`);
    }
  });

  await step(
    'shows a web engineer the incident without actions (demo policy)',
    async () => {
      await page.getByText('Switch user').click();
      await page.getByTestId('demo-user-wes.web').click();
      await page.getByText('Web Team').first().waitFor();
      await page.goto(
        `${BASE}/catalog/default/component/checkout-service/incidents`,
      );
      const row = page.getByTestId('INC-1');
      await row.getByText('In progress').waitFor();
      if ((await row.getByRole('button').count()) !== 0) {
        throw new Error('wes.web was offered workflow actions on INC-1');
      }
      await page.screenshot({
        path: path.join(shots, '4-other-team-read-only.png'),
      });
    },
  );
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
