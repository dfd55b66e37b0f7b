// The incident journey of the end-to-end test (chapters 2-3): Pat, a demo
// engineer, reports an incident from a component's Incidents tab and sees
// it listed (and through the API); Wes, of another team, sees it without
// actions; Sam, a service desk agent, finds it in the unassigned queue,
// accepts it (assignee picked from the catalog), adds a work note and
// resolves it on its page, with its service level clocks shown; Pat
// confirms the resolution with a rating, and the statistics count it.
import path from 'node:path';

/**
 * Runs the incident steps on the page, as `step`s of the end-to-end test.
 * `signInAs(user)` switches the demo user; screenshots go to `shots`.
 */
export async function incidentJourney({ page, step, BASE, shots, signInAs }) {
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
    // Asked in plain words: many people (high impact), slowed down (medium
    // urgency): P2 by the priority matrix.
    await dialog
      .getByRole('radio', { name: 'Many people, or a whole site' })
      .check();
    await dialog
      .getByRole('radio', { name: 'Only slowly, or with a workaround' })
      .check();
    await dialog.getByText(/We will treat it as P2 - High/).waitFor();
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
      // The other moves wait in the row's menu.
      await row.getByRole('button', { name: 'More moves for INC-1' }).click();
      await page.getByRole('menuitem', { name: 'Start work' }).waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('menu').waitFor({ state: 'hidden' });
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
    // Accept: take it, picking the assignee by name, and classify it.
    await row.getByRole('button', { name: 'Accept' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Assignee').fill('sam');
    await page.getByRole('option', { name: /^Sam Agarwal/ }).click();
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
    await page.getByText('Resolve: Accepted → Resolved').waitFor();
    await page
      .getByTestId('sla-restore')
      .getByText('Met', { exact: true })
      .waitFor();
    await page.screenshot({
      path: path.join(shots, '6-incident-resolved.png'),
    });
  });

  await step(
    'opens the ITSM page on My requests for someone who works no queue',
    async () => {
      await signInAs('grace.ceo');
      await page.goto(`${BASE}/itsm`);
      await page.getByRole('heading', { name: 'My requests' }).waitFor();
      await page.getByRole('button', { name: 'Report a problem' }).waitFor();
      await page.getByText('Nothing open.', { exact: false }).waitFor();
      if ((await page.getByRole('tab', { name: 'Unassigned' }).count()) > 0) {
        throw new Error('grace.ceo was shown the service desk queues');
      }
    },
  );

  await step(
    'shows the reporter, under My requests, that the resolution waits for them',
    async () => {
      await signInAs('pat.engineer');
      await page.getByText('Payments Team').first().waitFor();
      await page.goto(`${BASE}/itsm/my-requests`);
      const row = page.getByTestId('request-INC-1');
      await row.getByText('Resolved', { exact: true }).waitFor();
      await row.getByText('Confirm the resolution').waitFor();
      await row.getByText('Checkout Service').waitFor();
      await row.getByRole('button', { name: 'Confirm resolution' }).waitFor();
      await page.screenshot({ path: path.join(shots, 'my-requests.png') });
    },
  );

  await step(
    'lets the reporter confirm with a rating, closing it',
    async () => {
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
      // In the details and, as the rating given, in the timeline.
      await page.getByText('5 - Very satisfied').first().waitFor();
      await page.getByText('Rating: 5 - Very satisfied').waitFor();
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
}
