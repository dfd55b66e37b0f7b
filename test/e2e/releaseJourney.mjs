// The release journey of the end-to-end test (chapter 7): Rita, the
// release manager, schedules a release from the checkout service's
// Releases tab in the proposed window; Paula, of the owning team, approves
// it; Rita verifies the package, Ravi audits it (not its planner), Rita
// ticks the pre-release checklist, rolls it out phase by phase (before its
// window, with an override that says why) and confirms it, and the tab
// shows it as the current version. A second release is rolled back during
// its rollout, which makes the first one current again.
import path from 'node:path';
import { pageActions } from './pageActions.mjs';

/**
 * Runs the release steps on the page, as `step`s of the end-to-end test.
 * `signInAs(user)` switches the demo user; screenshots go to `shots`.
 */
export async function releaseJourney({ page, step, BASE, shots, signInAs }) {
  const releasesTab = `${BASE}/catalog/default/component/checkout-service/releases`;
  const { button, move, approve } = pageActions(page);

  async function schedule(title, version) {
    await page.goto(releasesTab);
    await button('Schedule release').click();
    await page.getByTestId('proposed-window').waitFor();
    await page.locator('#itsm-schedule-release-title').fill(title);
    await page.locator('#itsm-schedule-release-releaseVersion').fill(version);
    await page.getByLabel('Fix').check();
    for (const group of await page
      .getByRole('dialog')
      .getByRole('radiogroup')
      .all()) {
      await group
        .getByLabel(/^(No|None)$/)
        .first()
        .check();
    }
    return page.getByRole('dialog');
  }

  async function approveAsPaula(ref) {
    await signInAs('paula.lead');
    await page.goto(`${BASE}/itsm/releases/${ref}`);
    await approve('Go ahead.');
    await page.getByText('Approved', { exact: true }).first().waitFor();
    await signInAs('rita.release');
    await page.goto(`${BASE}/itsm/releases/${ref}`);
  }

  async function verifyAndAudit() {
    for (const [kind, item] of [
      ['Function', 'Checkout smoke suite'],
      ['Performance', 'p95 under 300 ms at 2x load'],
      ['Compatibility', 'Payment API v2 clients'],
    ]) {
      await page.getByRole('button', { name: /^Check/ }).click();
      await page.getByRole('option', { name: kind, exact: true }).click();
      await page.getByRole('listbox').waitFor({ state: 'hidden' });
      await page.getByLabel('What was checked').fill(item);
      await page
        .getByLabel('Evidence URL')
        .fill(`https://ci.example.com/checkout/${kind.toLowerCase()}`);
      await button('Record check').click();
      await page.getByText(`${kind}: ${item}`).waitFor();
    }
    // Segregation of duties: another release manager audits the package.
    const releaseUrl = page.url();
    await signInAs('ravi.release');
    await page.goto(releaseUrl);
    await move('Sign off the package', async dialog => {
      await dialog.getByLabel('Comment').fill('Evidence reviewed.');
    });
    await page.getByText(/The package is immutable/).waitFor();
    await signInAs('rita.release');
    await page.goto(releaseUrl);
  }

  async function startRollout() {
    for (const check of [
      'Environment checked',
      'Backup taken',
      'People notified',
    ]) {
      // The box follows the server's answer, not the click: click, then wait.
      await page.getByRole('checkbox', { name: check }).click();
      await page
        .getByRole('checkbox', { name: check })
        .and(page.locator(':checked'))
        .waitFor();
    }
    // Before its window and with its change request not yet approved, the
    // rollout needs an override, kept on the release.
    await button('Start rollout').click();
    const override = page.getByRole('dialog');
    await override.getByText(/may not roll out now/).waitFor();
    await override
      .getByLabel(/Why it must roll out now/)
      .fill('Tariff rounding costs money every hour.');
    await override
      .getByRole('button', { name: 'Start rollout anyway' })
      .click();
    await page.getByText('Rolling out', { exact: true }).first().waitFor();
    await page.getByTestId('rollout-override').waitFor();
  }

  await step(
    'schedules a release from the Releases tab in the proposed free window and raises its change request',
    async () => {
      await signInAs('rita.release');
      const dialog = await schedule('Checkout 2.4.1', '2.4.1');
      await page.screenshot({
        path: path.join(shots, '21-schedule-release.png'),
      });
      await dialog.getByRole('button', { name: 'Schedule release' }).click();
      await page.waitForURL(/\/itsm\/releases\/REL-1$/);
      // Its change request, raised from its own plan.
      await button('Raise change request').click();
      const raise = page.getByRole('dialog');
      await raise.getByRole('button', { name: 'Raise', exact: true }).click();
      await raise.waitFor({ state: 'hidden' });
      await page.getByRole('link', { name: /^CHG-\d+$/ }).waitFor();
      await move('Request approval');
      await page
        .getByText('Awaiting approval', { exact: true })
        .first()
        .waitFor();
    },
  );

  await step(
    'an owner approves it; the package is verified and audited',
    async () => {
      await approveAsPaula('REL-1');
      await verifyAndAudit();
    },
  );

  await step(
    'rolls it out phase by phase and confirms it; the tab shows it as current',
    async () => {
      await startRollout();
      for (const phase of ['canary', '50%', '100%']) {
        await button(`${phase} succeeded`).click();
        await page
          .getByTestId(`phase-${phase}`)
          .getByText('Succeeded')
          .waitFor();
      }
      await page.screenshot({
        path: path.join(shots, '22-release-rolled-out.png'),
        fullPage: true,
      });
      await move('Complete rollout', async () => {});
      await move('Confirm the result', async dialog => {
        await dialog.getByRole('button', { name: /^Outcome/ }).click();
        await page
          .getByRole('option', { name: 'Successful', exact: true })
          .click();
        await page.getByRole('listbox').waitFor({ state: 'hidden' });
        await dialog
          .getByLabel(/^Confirmation/)
          .fill('Tariffs round correctly; orders flow as before.');
      });
      await page.getByText('Released', { exact: true }).first().waitFor();
      await page.goto(releasesTab);
      await page.getByTestId('current-version').getByText('2.4.1').waitFor();
    },
  );

  await step(
    'rolls a second release back during its rollout, making 2.4.1 current again',
    async () => {
      const dialog = await schedule('Checkout 2.5.0', '2.5.0');
      await dialog.getByRole('button', { name: 'Schedule release' }).click();
      await page.waitForURL(/\/itsm\/releases\/REL-2$/);
      await move('Request approval');
      await approveAsPaula('REL-2');
      await verifyAndAudit();
      await startRollout();
      await button('canary failed').click();
      await page.getByText(/consider rolling the release back/).waitFor();
      await move('Roll back', async d => {
        await d.getByLabel(/^Reason/).fill('Card payments fail on the canary.');
      });
      await page.getByText(/Version 2.4.1 is current again/).waitFor();
      await page.screenshot({
        path: path.join(shots, '23-release-rolled-back.png'),
        fullPage: true,
      });
      await page.goto(releasesTab);
      await page.getByTestId('current-version').getByText('2.4.1').waitFor();
      await page
        .getByRole('table', { name: 'History' })
        .getByText(/^Rolled back: Card payments/)
        .waitFor();
      await page.screenshot({
        path: path.join(shots, '24-entity-releases.png'),
      });
    },
  );

  await step(
    'lists both among the finished releases across the catalog, and on the configuration item',
    async () => {
      await page.goto(`${BASE}/itsm/releases`);
      await page.getByLabel('Show').click();
      await page.getByRole('option', { name: 'Finished', exact: true }).click();
      await page.locator('.MuiPopover-root').waitFor({ state: 'detached' });
      await page
        .getByTestId('REL-1')
        .getByText('Released', { exact: true })
        .waitFor();
      await page
        .getByTestId('REL-2')
        .getByText('Rolled back', { exact: true })
        .waitFor();
      await page.screenshot({ path: path.join(shots, '25-releases.png') });
      await page.goto(`${BASE}/itsm/cmdb/component/default/checkout-service`);
      await page
        .getByRole('table', { name: 'Releases of this item' })
        .getByText('2.4.1', { exact: true })
        .waitFor();
    },
  );
}
