#!/usr/bin/env node
// End to end: builds the demo portal's frontend, starts its backend (which
// serves the built app) on a fresh embedded database, and in headless
// Chromium signs in as a demo engineer, reports an incident from a
// component's Incidents tab, sees it listed, checks that an engineer of
// another team sees it without actions; a service desk agent finds it in
// the unassigned queue, accepts it (assignee picked from the catalog),
// adds a work note and resolves it on its page; the
// reporter confirms the resolution with a rating. Then a change: requested
// from the component's Changes tab, submitted, accepted (with its impact)
// and assessed by the change manager, approved by an owner, implemented
// by its requester and closed with its review; a release scheduled,
// approved, verified, rolled out and confirmed, and another rolled back
// (releaseJourney.mjs); service levels (slaJourney.mjs); and a problem
// found from repeated incidents, fixed by a change (problemJourney.mjs).
// Screenshots are saved in
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
import { releaseJourney } from './releaseJourney.mjs';
import { slaJourney } from './slaJourney.mjs';
import { problemJourney } from './problemJourney.mjs';

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
    itsm: {
      // Look at the catalog for the CMDB index soon and often.
      cmdb: { historyFrequency: { seconds: 10 } },
      // Detect repeated incidents often, by entity only: a category
      // cluster must not take the journey's incidents while they arrive.
      problems: { detection: { frequency: '5s', basis: ['entity'] } },
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
      .getByLabel(/^Description/)
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

  await step(
    'offers its reporter, who works in the owning team, the moves',
    async () => {
      const row = page.getByTestId('INC-1');
      await row.getByRole('button', { name: 'Accept' }).waitFor();
      await row.getByRole('button', { name: 'Start work' }).waitFor();
    },
  );

  await step('finds it through the API too, after a reload', async () => {
    await page.reload();
    await page.getByTestId('INC-1').getByText('New').waitFor();
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
    if (incident.title !== title || incident.state !== 'new') {
      throw new Error(`unexpected incident ${JSON.stringify(incident)}`);
    }
    if (incident.createdBy !== 'user:default/pat.engineer') {
      throw new Error(`reported by ${incident.createdBy}`);
    }
  });

  await step(
    'shows a web engineer the incident without actions (demo policy)',
    async () => {
      await signInAs('wes.web');
      await page.getByText('Web Team').first().waitFor();
      await page.goto(
        `${BASE}/catalog/default/component/checkout-service/incidents`,
      );
      const row = page.getByTestId('INC-1');
      await row.getByText('New').waitFor();
      if ((await row.getByRole('button').count()) !== 0) {
        throw new Error('wes.web was offered workflow actions on INC-1');
      }
      await page.screenshot({
        path: path.join(shots, '4-other-team-read-only.png'),
      });
    },
  );

  await step('lets a service desk agent work it from the queues', async () => {
    await signInAs('sam.agent');
    await page.getByText('Service Desk').first().waitFor();
    await page.goto(`${BASE}/itsm`);
    await page.getByRole('tab', { name: 'Unassigned' }).click();
    const row = page.getByTestId('INC-1');
    await row.getByText(title).waitFor();
    await page.screenshot({ path: path.join(shots, '5-service-desk.png') });
    // Accept: take it, picking the assignee from the catalog, and classify it.
    await row.getByRole('button', { name: 'Accept' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Assignee').fill('sam');
    await page
      .getByRole('option', { name: /user:default\/sam\.agent/ })
      .click();
    await dialog.getByRole('button', { name: /^Category/ }).click();
    await page.getByRole('option', { name: 'Software failure' }).click();
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    await dialog.getByRole('button', { name: 'Accept' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('tab', { name: 'My work' }).click();
    await page.getByTestId('INC-1').getByText('Accepted').waitFor();
    await page
      .getByTestId('INC-1')
      .getByRole('link', { name: 'INC-1' })
      .click();
    await page.getByText(`INC-1: ${title}`).waitFor();
  });

  await step(
    "shows the incident's service level clocks: response met on acceptance, restore running",
    async () => {
      const response = page.getByTestId('sla-response');
      await response.getByText('Met', { exact: true }).waitFor();
      const restore = page.getByTestId('sla-restore');
      await restore.getByText('Running', { exact: true }).waitFor();
      await page.getByText('Payments Gold · P2 · eu-office').waitFor();
      await page.screenshot({ path: path.join(shots, '8a-sla-clocks.png') });
    },
  );

  await step('resolves it on the incident page with a work note', async () => {
    await page.getByLabel('Work note (agents only)').check();
    await page
      .getByRole('textbox', { name: 'Work note' })
      .fill('Rolled back release 1.4.2');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('Rolled back release 1.4.2').waitFor();
    await page.getByRole('button', { name: 'Resolve' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Resolution').fill('Rolled back 1.4.2');
    await dialog.getByLabel('Cause').fill('1.4.2 broke the card tokeniser');
    await dialog.getByLabel('Verification').fill('A test payment went through');
    await dialog.getByRole('button', { name: 'Resolve' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('resolve: Accepted → Resolved').waitFor();
    await page
      .getByTestId('sla-restore')
      .getByText('Met', { exact: true })
      .waitFor();
    await page.screenshot({
      path: path.join(shots, '6-incident-resolved.png'),
    });
  });

  await step(
    'lets the reporter confirm with a rating, closing it',
    async () => {
      await signInAs('pat.engineer');
      await page.getByText('Payments Team').first().waitFor();
      await page.goto(`${BASE}/itsm/incidents/INC-1`);
      await page.getByText('Please confirm the resolution').waitFor();
      await page.getByRole('button', { name: 'Confirm resolution' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: /^Rating/ }).click();
      await page.getByRole('option', { name: '5 - Very satisfied' }).click();
      await page.getByRole('listbox').waitFor({ state: 'hidden' });
      await dialog.getByLabel('Feedback').fill('Back in minutes, thanks');
      await page.screenshot({
        path: path.join(shots, '7-confirm-resolution.png'),
      });
      await dialog.getByRole('button', { name: 'Confirm resolution' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('5 - Very satisfied').waitFor();
      await page.screenshot({ path: path.join(shots, '8-closed.png') });
    },
  );

  await step(
    'shows the statistics with the closed incident counted',
    async () => {
      await page.goto(`${BASE}/itsm/statistics`);
      await page.getByText('Incident statistics').waitFor();
      await page.getByText('5 / 5').waitFor();
      await page.getByRole('img', { name: 'Incidents by priority' }).waitFor();
      await page.screenshot({ path: path.join(shots, '9-statistics.png') });
    },
  );

  await step(
    'shows a server as a configuration item, with what depends on it',
    async () => {
      await page.goto(`${BASE}/catalog/default/resource/srv-db-01`);
      await page.getByText('Class: hardware/server').waitFor();
      await page.getByText('PowerEdge R760').waitFor();
      await page.getByText(/entities depend on it within 3 steps/).waitFor();
      await page
        .getByRole('table', { name: 'What depends on it' })
        .getByRole('link', { name: 'Payments Database' })
        .first()
        .waitFor();
      await page.screenshot({ path: path.join(shots, '10-ci-card.png') });
    },
  );

  await step(
    'finds a device imported from the inventory on the CMDB page',
    async () => {
      // The CMDB index is filled by the first look at the catalog.
      for (let attempt = 0; ; attempt++) {
        await page.goto(`${BASE}/itsm/cmdb`);
        await page.getByRole('textbox', { name: 'Search' }).fill('firewall');
        try {
          await page
            .getByRole('table', { name: 'Configuration items' })
            .getByText('Edge Firewall 01')
            .waitFor({ timeout: 5000 });
          break;
        } catch (error) {
          if (attempt > 12) throw error;
        }
      }
      await page.getByRole('textbox', { name: 'Search' }).fill('');
      await page
        .getByRole('table', { name: 'Configuration items' })
        .getByText('UPS DC East 01')
        .waitFor();
      await page.screenshot({ path: path.join(shots, '11-cmdb.png') });
      await page.getByRole('tab', { name: 'Status report' }).click();
      await page.getByRole('table', { name: 'By class' }).waitFor();
      await page
        .getByRole('table', { name: 'By class' })
        .getByText('hardware/power')
        .waitFor();
      await page.screenshot({ path: path.join(shots, '12-cmdb-report.png') });
    },
  );

  await step(
    'opens a configuration item with its relationships graph and history',
    async () => {
      await page.getByRole('tab', { name: 'Items' }).click();
      await page.getByRole('textbox', { name: 'Search' }).fill('core switch');
      await page
        .getByRole('table', { name: 'Configuration items' })
        .getByRole('link', { name: 'Core Switch 01' })
        .click();
      const graph = page.getByRole('img', {
        name: 'What depends on it, 2 steps',
      });
      // An image's text is not in the accessibility tree: find the SVG text.
      await graph
        .locator('text', { hasText: 'Edge Firewall 01' })
        .first()
        .waitFor();
      await page.getByRole('table', { name: 'Attributes' }).waitFor();
      await page.getByText('Change history').waitFor();
      await page.screenshot({ path: path.join(shots, '13-ci-page.png') });
    },
  );

  /** Signs in as another demo user and opens a change's page. */
  async function asUserOnChange(user, ref) {
    await signInAs(user);
    await page.goto(`${BASE}/itsm/changes/${ref}`);
    await page.getByText(new RegExp(`^${ref}: `)).waitFor();
  }

  /**
   * Makes a workflow move on the change page; with `fill`, the move asks
   * for fields in a dialog first, which `fill` fills.
   */
  async function move(button, fill) {
    await page.getByRole('button', { name: button, exact: true }).click();
    if (fill) {
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await fill(dialog);
      await dialog.getByRole('button', { name: button, exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
  }
  const noFields = async () => {};

  /**
   * Fills the request dialog of the checkout service's Changes tab for a
   * normal, low-risk change in the given window (local times).
   */
  async function requestChange({ title, start, end, screenshot }) {
    await page.goto(
      `${BASE}/catalog/default/component/checkout-service/changes`,
    );
    await page.getByRole('button', { name: 'Request change' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Title/).fill(title);
    await dialog
      .getByLabel(/^Description/)
      .fill('Move the checkout service to the Node 22 base image.');
    await dialog.getByLabel(/^Window start/).fill(start);
    await dialog.getByLabel(/^Window end/).fill(end);
    await dialog.getByLabel(/^Reason/).fill('Node 20 leaves support in April.');
    await dialog.getByLabel(/^Step 1/).fill('Build and push the new image');
    await dialog
      .getByLabel(/^Backout plan/)
      .fill('Redeploy the previous image tag.');
    await dialog
      .getByLabel(/^Test plan/)
      .fill('A test payment in staging, then in production.');
    for (const group of await dialog.getByRole('radiogroup').all()) {
      await group
        .getByLabel(/^(No|None)$/)
        .first()
        .check();
    }
    if (screenshot) {
      await page.screenshot({ path: path.join(shots, screenshot) });
    }
    await dialog.getByRole('button', { name: 'Request change' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  await step(
    'requests a change from the Changes tab of a component',
    async () => {
      // A Tuesday evening: outside the demo's freezes (year end, the
      // payments weekend).
      await requestChange({
        title: 'Upgrade checkout to Node 22',
        start: '2027-03-02T20:00',
        end: '2027-03-02T22:00',
        screenshot: '14-request-change.png',
      });
      await page.getByText(/^CHG-1: Upgrade checkout to Node 22/).waitFor();
      await move('Submit');
      await page.getByText('Submitted', { exact: true }).first().waitFor();
    },
  );

  await step(
    'asks why a change must happen in the payments weekend freeze',
    async () => {
      await requestChange({
        title: 'Rotate the checkout signing key',
        start: '2027-03-06T10:00',
        end: '2027-03-06T11:00',
      });
      await page.getByText(/^CHG-2: Rotate the checkout signing key/).waitFor();
      await page.getByRole('button', { name: 'Submit', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog
        .getByText(/falls in the freeze 'Payments weekend freeze'/)
        .waitFor();
      await dialog
        .getByLabel(/^Why it must happen then/)
        .fill('The key expires on Saturday at noon.');
      await dialog.getByRole('button', { name: 'Submit anyway' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page
        .getByTestId('change-conflicts')
        .getByText('In a freeze')
        .waitFor();
      await page.screenshot({ path: path.join(shots, '18-change-freeze.png') });
    },
  );

  await step(
    'the change manager accepts it, with its impact, and asks for approval',
    async () => {
      await asUserOnChange('olivia.ops', 'CHG-1');
      await move('Accept', noFields);
      await page.getByText('Stakeholders').waitFor();
      await move('Record assessment', async dialog => {
        await dialog
          .getByLabel('Assessment')
          .fill('Storefront depends on it; no open incidents.');
      });
      await move('Request approval');
      await page.getByTestId('approval-owners').waitFor();
      await page.screenshot({
        path: path.join(shots, '15-change-awaiting-approval.png'),
      });
    },
  );

  await step('an owner of the service approves it, scheduling it', async () => {
    await asUserOnChange('paula.lead', 'CHG-1');
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByLabel('Comment')
      .fill('Go ahead after the Tuesday release.');
    await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Scheduled', { exact: true }).first().waitFor();
  });

  await step(
    'the requester implements it; the change manager closes it with its review',
    async () => {
      await asUserOnChange('pat.engineer', 'CHG-1');
      await move('Start implementation');
      // The box follows the server's answer, not the click: click, then wait.
      await page.getByRole('checkbox', { name: 'Step 1 done' }).click();
      await page.getByText(/done now/).waitFor();
      await move('Complete, to review', noFields);
      await page.getByText('In review', { exact: true }).first().waitFor();
      await asUserOnChange('olivia.ops', 'CHG-1');
      await move('Close with review', async dialog => {
        await dialog.getByRole('button', { name: /^Outcome/ }).click();
        await page
          .getByRole('option', { name: 'Successful', exact: true })
          .click();
        await page.getByRole('listbox').waitFor({ state: 'hidden' });
        await dialog.getByRole('button', { name: /^Satisfaction/ }).click();
        await page.getByRole('option', { name: '4 - Satisfied' }).click();
        await page.getByRole('listbox').waitFor({ state: 'hidden' });
        await dialog
          .getByLabel('Lessons')
          .fill('Pre-pull the image on every node.');
      });
      await page.getByText('Closed', { exact: true }).first().waitFor();
      await page.screenshot({
        path: path.join(shots, '16-change-closed.png'),
        fullPage: true,
      });
      await page.goto(
        `${BASE}/catalog/default/component/checkout-service/changes`,
      );
      await page
        .getByRole('table', { name: 'Recent changes' })
        .getByText('Upgrade checkout to Node 22')
        .waitFor();
      await page.screenshot({
        path: path.join(shots, '17-entity-changes.png'),
      });
    },
  );

  await step(
    "shows the component's changes on its calendar, and a calendar app reads it by a subscription address",
    async () => {
      await page.getByRole('button', { name: 'Calendar' }).click();
      await page.waitForURL(/\/itsm\/changes\/calendar\?entity=component/);
      // The week of the changes (the calendar opens on today's month).
      await page.goto(`${page.url()}&day=2027-03-02&view=week`);
      const calendar = page.getByRole('grid', { name: 'Change calendar' });
      await calendar
        .getByRole('link', { name: /^CHG-1 Upgrade checkout to Node 22/ })
        .waitFor();
      await calendar
        .getByRole('link', { name: /^CHG-2 Rotate the checkout signing key/ })
        .waitFor();
      await calendar
        .getByText(/Freeze: Payments weekend freeze/)
        .first()
        .waitFor();
      await page.screenshot({
        path: path.join(shots, '19-change-calendar.png'),
        fullPage: true,
      });
      await page.getByRole('button', { name: 'Subscribe' }).click();
      const dialog = page.getByRole('dialog');
      await dialog
        .getByRole('button', { name: 'Create subscription address' })
        .click();
      const address = await dialog
        .getByLabel('Subscription address')
        .inputValue();
      // A calendar app: no sign-in, only the address.
      const ics = await fetch(address).then(r => r.text());
      if (!ics.includes('UID:CHG-1@backstage-itsm')) {
        throw new Error(`The feed lacks CHG-1:\n${ics.slice(0, 500)}`);
      }
      await page.screenshot({
        path: path.join(shots, '20-calendar-subscription.png'),
      });
      await dialog.getByRole('button', { name: 'Close' }).click();
    },
  );

  await releaseJourney({ page, step, BASE, shots, signInAs });
  await slaJourney({ page, step, BASE, shots, signInAs });
  await problemJourney({ page, step, BASE, shots, signInAs });
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
