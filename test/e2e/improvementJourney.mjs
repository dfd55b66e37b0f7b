// The continual improvement journey of the end-to-end test (chapter 10).
// Olivia of IT Operations, an improvement manager, opens the KPI
// dashboard: this month's incidents reported equal the incidents the
// journeys before created (counted through the API), and the mean time to
// resolve opens on its own page with a trend chart and the records behind
// it. She proposes an improvement item from the register (owned by the
// payments team, to move the mean time to resolve); its page tells her she
// may not approve what she raised; Paula, who leads the payments team,
// approves it, starts the work and moves it to evaluation: the
// "Measured effect" card shows the indicator measured against the
// baseline. Pat, who confirmed INC-1's resolution in the incident journey,
// finds the satisfaction survey on "My requests" once the survey task has
// run, answers it and is thanked. Olivia generates last month's portal
// report from the Reports tab and opens its printable page. The checkout
// service's overview shows its Service health card.
import path from 'node:path';
import { demoUserApi, monthOf } from './demoUserApi.mjs';
import { pageActions } from './pageActions.mjs';

const CHECKOUT = 'component:default/checkout-service';

/**
 * Runs the continual improvement steps on the page, as `step`s of the
 * end-to-end test. `signInAs(user)` switches the demo user; screenshots go
 * to `shots`.
 */
export async function improvementJourney({
  page,
  step,
  BASE,
  shots,
  signInAs,
}) {
  const { button, move, approve } = pageActions(page);
  const shot = (name, fullPage = false) =>
    page.screenshot({
      path: path.join(shots, `improvement-${name}.png`),
      fullPage,
    });

  const api = demoUserApi(BASE);

  /** Every incident, page by page. */
  async function allIncidents(user) {
    const items = [];
    let cursor;
    do {
      const answer = await api(
        user,
        'GET',
        `/incidents?limit=100${
          cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
        }`,
      );
      items.push(...answer.items);
      cursor = answer.nextCursor;
    } while (cursor);
    return items;
  }

  let itemRef;

  await step(
    'the KPI dashboard counts the incidents reported this month as the journeys created them',
    async () => {
      await signInAs('olivia.ops');
      const month = monthOf(0);
      const created = (await allIncidents('olivia.ops')).filter(i =>
        i.createdAt.startsWith(month),
      );
      if (created.length === 0) throw new Error('no incidents this month');
      await page.goto(`${BASE}/itsm/kpis`);
      const row = page.getByTestId('kpi-incident-volume');
      const shown = (await row.getByTestId('kpi-value').innerText()).trim();
      if (shown !== String(created.length)) {
        throw new Error(
          `the dashboard shows ${shown} incidents reported, the API lists ${created.length} created in ${month}`,
        );
      }
      // Computed figures beside it: the mean time to resolve of INC-1 and
      // the others resolved in the run.
      const resolve = page
        .getByTestId('kpi-incident-time-to-resolve')
        .getByTestId('kpi-value');
      if (!/\d/.test(await resolve.innerText())) {
        throw new Error('no mean time to resolve on the dashboard');
      }
      await shot('dashboard');
    },
  );

  await step(
    "an indicator's page shows its trend and the records behind its figure",
    async () => {
      await page
        .getByTestId('kpi-incident-volume')
        .getByRole('link', { name: 'Incidents reported' })
        .click();
      await page.waitForURL(/\/itsm\/kpis\/incident-volume/);
      await page.getByTestId('kpi-trend-chart').waitFor();
      await page.getByTestId('record-INC-1').waitFor();
      await page
        .getByRole('table', { name: 'Records behind the figure' })
        .getByRole('link', { name: 'INC-1', exact: true })
        .waitFor();
      await shot('indicator');
    },
  );

  await step(
    'an improvement manager proposes an item from the register, owned by the payments team',
    async () => {
      await page.goto(`${BASE}/itsm/improvements?tab=register`);
      await button('Raise an improvement').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Title').fill('Resolve payment incidents faster');
      await dialog
        .getByLabel('What to improve')
        .fill('Card payment incidents wait for the payments team too long.');
      await dialog
        .getByLabel('Expected benefit')
        .fill('Payment incidents resolved within the working day');
      await dialog.getByLabel('Owner').fill('Payments');
      await page
        .getByRole('option', { name: /^Payments Team/ })
        .first()
        .click();
      await dialog
        .getByRole('button', { name: /^Indicator it should move/ })
        .click();
      await page
        .getByRole('option', { name: 'Mean time to resolve (§3.3.4)' })
        .click();
      await page.getByRole('listbox').waitFor({ state: 'hidden' });
      await dialog.getByLabel('Target figure').fill('8');
      const due = new Date(Date.now() + 60 * 86_400_000)
        .toISOString()
        .slice(0, 10);
      await dialog.getByLabel('Due date').fill(due);
      await dialog
        .getByRole('button', { name: 'Propose', exact: true })
        .click();
      await dialog.waitFor({ state: 'hidden' });
      const table = page.getByRole('table', { name: 'Improvement items' });
      const row = table
        .getByRole('row')
        .filter({ hasText: 'Resolve payment incidents faster' });
      await row.getByText('Proposed', { exact: true }).waitFor();
      itemRef = (await row.getByRole('link').first().innerText()).trim();
      if (!/^IMP-\d+$/.test(itemRef)) throw new Error(`item ${itemRef}`);
      // The register as it reads once the notice has gone.
      await page.reload();
      await table.getByRole('link', { name: itemRef, exact: true }).waitFor();
      await shot('register');
    },
  );

  await step(
    'who proposed it is told they may not approve it; the payments lead approves',
    async () => {
      await page.goto(`${BASE}/itsm/improvements/${itemRef}`);
      await page
        .getByText(
          `You proposed ${itemRef}, so you may not approve or reject it (segregation of duties)`,
        )
        .waitFor();
      if (await page.getByRole('button', { name: 'Approve' }).count()) {
        throw new Error('the proposer is offered the approval');
      }
      await signInAs('paula.lead');
      await page.goto(`${BASE}/itsm/improvements/${itemRef}`);
      await approve('Worth it: payments incidents matter most.');
      await page.getByText('Approved', { exact: true }).first().waitFor();
    },
  );

  await step(
    'the owning team starts the work and evaluates it; the effect card shows the measured figure',
    async () => {
      // The owning team works the item: its lead, still signed in.
      await move('Start work');
      await page.getByText('In progress', { exact: true }).first().waitFor();
      await move('Evaluate the effect');
      await page.getByText('Evaluating', { exact: true }).first().waitFor();
      const effect = page.getByTestId('effect-value');
      await effect.waitFor();
      const item = await api('olivia.ops', 'GET', `/improvements/${itemRef}`);
      const measured = await api(
        'olivia.ops',
        'GET',
        `/improvements/${itemRef}/effect`,
      );
      if (item.target !== 8) {
        throw new Error(`target ${item.target} of ${itemRef}`);
      }
      const text = (await effect.innerText()).trim();
      if (measured.value === null || !/\d/.test(text)) {
        throw new Error(`the effect shows "${text}" (${measured.value})`);
      }
      await page.getByText('Measured effect', { exact: true }).waitFor();
      await shot('item', true);
    },
  );

  let surveyId;
  await step(
    "INC-1's reporter finds the satisfaction survey on My requests, answers it and is thanked",
    async () => {
      // The survey task runs every few seconds in the e2e run; wait for
      // it to invite Pat about INC-1, closed in the incident journey.
      const deadline = Date.now() + 120_000;
      let about;
      while (!surveyId) {
        const { items } = await api(
          'pat.engineer',
          'GET',
          '/surveys/invitations?mine=true',
        );
        // At most one a person a month: about INC-1, or another incident
        // Pat reported and saw closed.
        const invitation =
          items.find(i => i.recordRef === 'INC-1') ??
          items.find(i => i.kind === 'after-closure');
        surveyId = invitation?.id;
        about = invitation?.recordRef;
        if (surveyId) break;
        if (Date.now() > deadline) {
          throw new Error(
            `no survey invitation about a closed incident for pat.engineer (${JSON.stringify(
              items,
            )})`,
          );
        }
        await new Promise(r => setTimeout(r, 2000));
      }
      await signInAs('pat.engineer');
      await page.goto(`${BASE}/itsm/my-requests`);
      await page.getByText(/short surveys? .*waiting for you/).waitFor();
      await page.goto(`${BASE}/itsm/surveys/${surveyId}`);
      if (about)
        await page.getByRole('link', { name: about }).first().waitFor();
      const form = page.getByRole('form');
      await form.waitFor();
      await form.getByLabel(/^4( |$)/).check();
      await form.getByLabel('Yes', { exact: true }).check();
      await form
        .getByLabel('Anything we could do better?')
        .fill('Tell me sooner when the fix is out.');
      await shot('survey');
      await button('Send answer').click();
      await page.getByText('Thank you for your answer').waitFor();
    },
  );

  await step(
    "a manager generates last month's portal report from the Reports tab and opens its printable page",
    async () => {
      await signInAs('olivia.ops');
      await page.goto(`${BASE}/itsm/improvements?tab=reports`);
      await button('Generate a report').click();
      const dialog = page.getByRole('dialog');
      const period = monthOf(-1);
      if ((await dialog.getByLabel('Month').inputValue()) !== period) {
        throw new Error(`the dialog offers another month than ${period}`);
      }
      await dialog
        .getByRole('button', { name: 'Generate', exact: true })
        .click();
      await dialog.waitFor({ state: 'hidden' });
      const row = page
        .getByRole('table', { name: 'Monthly reports' })
        .getByRole('row')
        .filter({ hasText: period });
      await row.getByRole('link', { name: 'Open' }).click();
      await page.waitForURL(new RegExp(`/itsm/reports/portal/${period}`));
      await page.getByRole('button', { name: 'Print' }).waitFor();
      await page.getByText(period).first().waitFor();
      await shot('report', true);
    },
  );

  await step(
    "the checkout service's overview shows its Service health card",
    async () => {
      const [, , name] = CHECKOUT.match(/^(\w+):default\/(.+)$/) ?? [];
      await page.goto(`${BASE}/catalog/default/component/${name}`);
      const card = page.getByRole('table', { name: 'Service health' });
      await card.waitFor();
      await card.getByTestId('health-incident-volume').waitFor();
      // The card from its title down.
      await card.evaluate(table =>
        (table.closest('.MuiCard-root') ?? table).scrollIntoView({
          block: 'start',
        }),
      );
      await shot('service-health');
    },
  );
}
