// The change journey of the end-to-end test (chapter 5): Pat requests a
// change from the checkout service's Changes tab and submits it, and
// submits another in the payments weekend freeze, saying why; Olivia, the
// change manager, accepts the first with its impact, records her
// assessment and asks for approval; Paula, an owner of the service,
// approves it, which schedules it; Pat implements it and Olivia closes it
// with its review. The component's changes show on its calendar, which a
// calendar app reads by a subscription address.
import path from 'node:path';

/**
 * Runs the change steps on the page, as `step`s of the end-to-end test.
 * `signInAs(user)` switches the demo user; screenshots go to `shots`.
 */
export async function changeJourney({ page, step, BASE, shots, signInAs }) {
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
}
