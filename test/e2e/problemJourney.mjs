// The problem journey of the end-to-end test (chapter 4): Pat reports
// three incidents on the ledger service; proactive detection suggests a
// problem; Pat investigates it, records a 5-whys root cause and a
// workaround, which makes it a known error that the report form shows for
// a fourth incident; Pat proposes a solution, Paula (the team's lead)
// approves it, Pat raises the change request from it; the change goes
// through its workflow, and when it closes successfully the problem is
// resolved and its incidents are told.
import path from 'node:path';
import { pageActions } from './pageActions.mjs';

/**
 * Runs the problem steps on the page, as `step`s of the end-to-end test.
 * `signInAs(user)` switches the demo user; screenshots go to `shots`.
 */
export async function problemJourney({ page, step, BASE, shots, signInAs }) {
  const incidentsTab = `${BASE}/catalog/default/component/ledger-service/incidents`;
  const { button, move, approve } = pageActions(page);
  const shot = name =>
    page.screenshot({ path: path.join(shots, name), fullPage: true });
  let problemRef;
  let changeRef;

  /** Opens the report form on the ledger service's Incidents tab. */
  async function openReportForm(title) {
    await page.goto(incidentsTab);
    await button('Report incident').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Title').fill(title);
    await dialog
      .getByLabel(/^Description/)
      .fill('Postings to the ledger time out after 30 s.');
    // My team, slowed down: P3.
    await dialog.getByRole('radio', { name: 'My team' }).check();
    await dialog
      .getByRole('radio', { name: 'Only slowly, or with a workaround' })
      .check();
    return dialog;
  }

  async function report(title) {
    const dialog = await openReportForm(title);
    await dialog.getByRole('button', { name: 'Report incident' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async function openProblem(user) {
    if (user) await signInAs(user);
    await page.goto(`${BASE}/itsm/problems/${problemRef}`);
    await page.getByText(new RegExp(`^${problemRef}: `)).waitFor();
  }

  await step('reports three incidents on the ledger service', async () => {
    await signInAs('pat.engineer');
    for (const n of [1, 2, 3]) {
      await report(`Ledger postings time out (${n})`);
    }
  });

  await step(
    'proactive detection suggests a problem, shown on the entity tab',
    async () => {
      const suggestion = page.getByText(
        'Suggested: 3 incidents on ledger-service within 24 hours',
      );
      // The detection runs every few seconds in this test: look again.
      for (let attempt = 0; ; attempt++) {
        await page.goto(incidentsTab);
        try {
          await suggestion.first().waitFor({ timeout: 3000 });
          break;
        } catch (error) {
          if (attempt > 20) throw error;
        }
      }
      await shot('problem-1-suggested-on-entity.png');
      await suggestion.first().click();
      await page.getByText(/^PRB-\d+: /).waitFor();
      problemRef = (await page.getByText(/^PRB-\d+: /).textContent()).split(
        ':',
      )[0];
      await page.getByText(/Suggested by proactive detection/).waitFor();
      await page
        .getByRole('link', { name: /Ledger postings time out \(1\)/ })
        .waitFor();
    },
  );

  await step(
    'the investigation finds the root cause and a workaround: a known error',
    async () => {
      await move('Start investigation');
      await page.getByText('Investigating', { exact: true }).first().waitFor();
      await button('Edit analysis').click();
      const dialog = page.getByRole('dialog');
      await dialog
        .getByLabel('Log excerpts')
        .fill('ERROR ledger-db pool exhausted (active=10, max=10)');
      await dialog
        .getByLabel('Why 1', { exact: true })
        .fill('Postings time out');
      await button('Add a why').click();
      await dialog
        .getByLabel('Why 2', { exact: true })
        .fill('Every posting waits for a database connection');
      await dialog
        .getByLabel('Root cause', { exact: true })
        .fill('The connection pool was cut to 10 in release 3.2');
      await dialog
        .getByLabel('Workaround', { exact: true })
        .fill('Restart the ledger pods to free the connections');
      await dialog.getByRole('button', { name: 'Save analysis' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText('Known error', { exact: true }).first().waitFor();
      await shot('problem-2-known-error.png');
    },
  );

  await step(
    'the report form shows the known error for a new incident',
    async () => {
      const dialog = await openReportForm('Ledger postings time out (4)');
      await dialog
        .getByText('Restart the ledger pods to free the connections', {
          exact: false,
        })
        .first()
        .waitFor();
      await shot('problem-3-known-error-on-report.png');
      await dialog.getByRole('button', { name: 'Report incident' }).click();
      await dialog.waitFor({ state: 'hidden' });
    },
  );

  await step('a solution is proposed and the lead approves it', async () => {
    await openProblem();
    await move('Propose solution', async dialog => {
      await dialog
        .getByLabel(/^What will be done/)
        .fill('Size the ledger pool by load: 40 connections, with an alert');
      await dialog.getByLabel(/^Estimated hours/).fill('6');
      await dialog
        .getByLabel(/^Expected effect/)
        .fill('No posting timeouts at peak load');
    });
    await page
      .getByText('Solution awaiting approval', { exact: true })
      .first()
      .waitFor();
    await openProblem('paula.lead');
    await approve('Go ahead.');
    await page.getByText('Fix in progress', { exact: true }).first().waitFor();
  });

  await step('the change request is raised from the solution', async () => {
    await openProblem('pat.engineer');
    await button('Raise change request').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Window start/).fill('2026-12-08T20:00');
    await dialog.getByLabel(/^Window end/).fill('2026-12-08T21:00');
    for (const group of await dialog.getByRole('radiogroup').all()) {
      await group
        .getByLabel(/^(No|None)$/)
        .first()
        .check();
    }
    await shot('problem-4-raise-change.png');
    await dialog
      .getByRole('button', { name: 'Raise change request', exact: true })
      .click();
    await dialog.waitFor({ state: 'hidden' });
    const link = page.getByRole('link', { name: /^CHG-\d+/ }).first();
    await link.waitFor();
    changeRef = (await link.textContent()).match(/CHG-\d+/)[0];
  });

  /** Signs in as another demo user and opens the change's page. */
  async function onChange(user) {
    await signInAs(user);
    await page.goto(`${BASE}/itsm/changes/${changeRef}`);
    await page.getByText(new RegExp(`^${changeRef}: `)).waitFor();
  }

  await step('the change is approved, implemented and closed', async () => {
    await onChange('pat.engineer');
    await move('Submit');
    await onChange('olivia.ops');
    await move('Accept', async () => {});
    await move('Record assessment', async dialog => {
      await dialog
        .getByLabel('Assessment')
        .fill('Ledger only; the workaround covers the window.');
    });
    await move('Request approval');
    await onChange('paula.lead');
    await approve('Approved.');
    await page.getByText('Scheduled', { exact: true }).first().waitFor();
    await onChange('pat.engineer');
    await move('Start implementation');
    await move('Close', async closeDialog => {
      await closeDialog.getByRole('button', { name: /^Outcome/ }).click();
      await page
        .getByRole('option', { name: 'Successful', exact: true })
        .click();
      await page.getByRole('listbox').waitFor({ state: 'hidden' });
    });
    await page.getByText('Closed', { exact: true }).first().waitFor();
  });

  await step(
    'the problem is resolved by its change and its incidents are told',
    async () => {
      await openProblem();
      await page.getByText('Resolved', { exact: true }).first().waitFor();
      await page
        .getByText(`Fixed by change ${changeRef} (Successful).`)
        .first()
        .waitFor();
      await shot('problem-5-resolved.png');
      await page.goto(`${BASE}/itsm/incidents/INC-${await firstIncident()}`);
      await page
        .getByText(new RegExp(`Problem ${problemRef} .* is fixed`))
        .first()
        .waitFor();
      await shot('problem-6-incident-told.png');
    },
  );

  /** The number of the first ledger incident, from the problem page's list. */
  async function firstIncident() {
    const text = await page
      .getByRole('list', { name: 'Incidents caused by this problem' })
      .getByText(/^INC-\d+/)
      .first()
      .textContent();
    return text.match(/INC-(\d+)/)[1];
  }

  await step(
    'the problems page lists it, and the known-error base finds it',
    async () => {
      await page.goto(`${BASE}/itsm/problems`);
      await page.getByLabel('Show').click();
      await page
        .getByRole('option', { name: 'Resolved, to verify', exact: true })
        .click();
      // The menu has faded out before the picture.
      await page.locator('.MuiPopover-root').waitFor({ state: 'detached' });
      await page.getByTestId(problemRef).waitFor();
      await shot('problem-7-problems-page.png');
      await page.getByRole('tab', { name: 'Known errors' }).click();
      await page.getByLabel('Search the known errors').fill('ledger pods');
      await button('Search').click();
      await page
        .getByText('Restart the ledger pods to free the connections')
        .first()
        .waitFor();
      await shot('problem-8-known-error-base.png');
    },
  );

  await step('Backstage search finds the known error', async () => {
    const result = page
      .getByText(new RegExp(`^${problemRef}: Suggested: 3 incidents`))
      .first();
    // The known-error base is indexed every few seconds in this test.
    for (let attempt = 0; ; attempt++) {
      await page.goto(`${BASE}/search?query=ledger%20pods`);
      try {
        await result.waitFor({ timeout: 3000 });
        break;
      } catch (error) {
        if (attempt > 15) throw error;
      }
    }
    await shot('problem-9-search.png');
  });
}
