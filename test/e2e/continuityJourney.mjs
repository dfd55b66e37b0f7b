// The continuity journey of the end-to-end test (chapter 9). Carla, the
// continuity manager, starts a business impact analysis of the checkout
// service; Paula, who leads the owning payments team, rates its impact grid
// and sets its RTO (1 minute) and RPO, and the page flags the payments API
// gateway it depends on, whose approved analysis allows 8 hours (recorded
// first through the API); Paula submits, Pat of the same team approves.
// Carla drafts a continuity plan for checkout, Paula writes its measures
// and procedure in the plan's edit dialog and submits it, Pat (for the
// owners) and Carla (for the continuity managers) approve. A drill of the
// plan runs as a checklist past the RTO (the team meanwhile records a risk
// and the service desk declares a major incident on checkout), fails, and
// its finding sends the plan into revision; Paula revises it, Pat and
// Carla approve again. The major incident shows the plan; Sam of the
// service desk invokes it, ticks its steps and records recovery within the
// RTO. The checkout service's Continuity card and the Continuity page's
// tabs (the risk heat map, coverage) show the outcome.
import path from 'node:path';
import { demoUserApi } from './demoUserApi.mjs';
import { pageActions } from './pageActions.mjs';

const CHECKOUT = 'component:default/checkout-service';
const GATEWAY = 'component:default/payments-api-gateway';
/** The points after an outage starts the grid is rated at (the default). */
const INTERVALS = [60, 240, 1440, 4320, 10080];
const CATEGORIES = {
  financial: 'Financial',
  customers: 'Customers',
  legal: 'Legal and regulatory',
  reputation: 'Reputation',
  operations: 'Operations',
};

/** A date `days` from today, as YYYY-MM-DD. */
const dateIn = days =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Runs the continuity steps on the page, as `step`s of the end-to-end
 * test. `signInAs(user)` switches the demo user; screenshots go to `shots`.
 */
export async function continuityJourney({ page, step, BASE, shots, signInAs }) {
  const { button, move, approve } = pageActions(page);
  const shot = (name, fullPage = false) =>
    page.screenshot({ path: path.join(shots, `${name}.png`), fullPage });

  const api = demoUserApi(BASE);

  /** Picks a catalog entity in an entity field by typing part of its name. */
  async function pickEntity(field, typed, name) {
    await field.fill(typed);
    await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
  }

  /** Chooses `option` in the select labelled `label` (a SelectField). */
  async function choose(scope, label, option) {
    await scope.getByRole('button', { name: new RegExp(`^${label}`) }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
  }

  let biaRef;
  let planUrl;
  let exerciseUrl;
  let incidentRef;

  await step(
    "records the payments API gateway's analysis with an RTO of 8 hours, approved by its owners",
    async () => {
      const impacts = Object.keys(CATEGORIES).flatMap(category =>
        INTERVALS.map((afterMinutes, i) => ({
          category,
          afterMinutes,
          rating: [2, 3, 4, 5, 5][i],
        })),
      );
      const created = await api(
        'carla.continuity',
        'POST',
        '/business-impact-analyses',
        {
          title: 'Payments API Gateway',
          description: 'Routes every card payment to the acquirers.',
          entityRefs: [GATEWAY],
          businessProcesses: ['Card payments'],
          impacts,
          rtoMinutes: 480,
          rpoMinutes: 15,
        },
      );
      const submitted = await api(
        'pat.engineer',
        'POST',
        `/business-impact-analyses/${created.ref}/transitions`,
        { action: 'submit', version: created.version },
      );
      const approved = await api(
        'paula.lead',
        'POST',
        `/business-impact-analyses/${created.ref}/approvals`,
        { decision: 'approve', comment: 'Eight hours is what we can do.' },
      );
      if (submitted.state !== 'in_review' || approved.state !== 'approved') {
        throw new Error(`${created.ref} is ${approved.state}`);
      }
    },
  );

  await step(
    'a continuity manager starts the analysis of the checkout service from the Continuity page',
    async () => {
      await signInAs('carla.continuity');
      await page.goto(
        `${BASE}/itsm/continuity?tab=business-impact-analyses&entityRef=${encodeURIComponent(
          CHECKOUT,
        )}`,
      );
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Title').fill('Checkout');
      await dialog
        .getByLabel('Description')
        .fill('Baskets and the checkout flow of the web shop.');
      await dialog
        .getByRole('button', { name: 'Start the analysis', exact: true })
        .click();
      await page.waitForURL(/\/itsm\/business-impact-analyses\/BIA-\d+$/);
      biaRef = page.url().split('/').pop();
      await page.getByText('Draft', { exact: true }).first().waitFor();
    },
  );

  await step(
    'the owning team rates the impact grid and sets RTO and RPO; the gateway with the longer RTO is flagged',
    async () => {
      await signInAs('paula.lead');
      await page.goto(`${BASE}/itsm/business-impact-analyses/${biaRef}`);
      const grid = page.getByRole('table', { name: 'Impact grid' });
      // A checkout outage hurts financially within the hour (MTPD 1 h).
      const ratings = {
        financial: [4, 5, 5, 5, 5],
        customers: [3, 4, 5, 5, 5],
        legal: [1, 1, 2, 3, 3],
        reputation: [2, 3, 4, 5, 5],
        operations: [3, 4, 4, 5, 5],
      };
      for (const [category, label] of Object.entries(CATEGORIES)) {
        const cells = grid
          .getByRole('row')
          .filter({ has: page.getByRole('cell', { name: label, exact: true }) })
          .getByRole('button');
        for (const [i, rating] of ratings[category].entries()) {
          await cells.nth(i).click();
          await page
            .getByRole('option', { name: new RegExp(`^${rating} `) })
            .click();
          await page.getByRole('listbox').waitFor({ state: 'hidden' });
        }
      }
      await page
        .getByText('Maximum tolerable period of disruption: 1 h', {
          exact: true,
        })
        .waitFor();
      await button('Save ratings').click();
      // The RTO's limit follows the ratings as saved.
      await page.getByText('At most the MTPD, 1 h', { exact: true }).waitFor();
      await page
        .getByLabel('Business processes served (one a line)')
        .fill('Web shop checkout\nMobile app checkout');
      await page.getByLabel('RTO (minutes)').fill('1');
      await page.getByLabel('RPO (minutes)').fill('5');
      await button('Save objectives').click();
      const facts = page.getByRole('table').filter({ hasText: 'RTO' }).first();
      await facts.getByText('1 min', { exact: true }).first().waitFor();
      const issues = page.getByRole('list', { name: 'Inconsistencies' });
      await issues
        .getByText(/^Longer RTO: Checkout Service → Payments API Gateway/)
        .waitFor();
      await page.getByText(/The RTO is not achievable/).waitFor();
      await shot('continuity-bia', true);
    },
  );

  await step(
    'submitted by the lead, approved by another member of the owning team',
    async () => {
      await move('Submit for approval');
      await page.getByText('In review', { exact: true }).first().waitFor();
      await signInAs('pat.engineer');
      await page.goto(`${BASE}/itsm/business-impact-analyses/${biaRef}`);
      await approve('The objectives match the tier-1 agreement.');
      await page.getByText('Approved', { exact: true }).first().waitFor();
      await shot('continuity-bia-approved');
    },
  );

  await step(
    'a continuity manager drafts a plan covering checkout; its owner writes measures and a procedure',
    async () => {
      await signInAs('carla.continuity');
      await page.goto(`${BASE}/itsm/continuity?tab=continuity-plans`);
      await button('New plan').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Title').fill('Checkout continuity');
      await pickEntity(
        dialog.getByLabel('Covers'),
        'Checkout',
        'Checkout Service',
      );
      await dialog.getByRole('button', { name: 'Create', exact: true }).click();
      await page.waitForURL(/\/itsm\/continuity-plans\/CP-\d+$/);
      planUrl = page.url();

      await signInAs('paula.lead');
      await page.goto(planUrl);
      await button('Edit plan').click();
      const edit = page.getByRole('dialog');
      const measures = [
        ['prevention', 'Run checkout in two availability zones', 30],
        ['detection', 'Alert on checkout errors within a minute', 14],
        ['response', 'Keep the failover runbook current', 21],
        ['recovery', 'Replay orders from the payment queue', 45],
      ];
      for (const [phase, title, days] of measures) {
        await edit
          .getByRole('button', { name: `Add ${phase} measure`, exact: true })
          .click();
        const row = edit.getByTestId(`edit-measure-${phase}-0`);
        await row.getByRole('textbox', { name: /measure 1$/ }).fill(title);
        await pickEntity(row.getByLabel('Owner'), 'Payments', 'Payments Team');
        await row.getByLabel('Due', { exact: true }).fill(dateIn(days));
      }
      const steps = [
        ['Fail checkout over to the standby zone', 'On-call engineer', '1'],
        ['Check that orders flow', 'Payments lead', '1'],
      ];
      for (const [i, [title, role, minutes]] of steps.entries()) {
        await edit
          .getByRole('button', { name: 'Add step', exact: true })
          .click();
        const row = edit.getByTestId(`edit-step-${i}`);
        await row.getByRole('textbox', { name: `Step ${i + 1}` }).fill(title);
        await row.getByRole('textbox', { name: 'Role' }).fill(role);
        await row.getByRole('spinbutton', { name: 'Minutes' }).fill(minutes);
        await row
          .getByRole('textbox', { name: 'Runbook URL' })
          .fill(`https://runbooks.example.com/checkout/${i + 1}`);
      }
      // Let the last field's outlined label settle before the picture.
      await edit.getByText('Procedure', { exact: true }).click();
      await page.waitForTimeout(300);
      await shot('continuity-plan-edit');
      await edit
        .getByRole('button', { name: 'Save plan', exact: true })
        .click();
      await edit.waitFor({ state: 'hidden' });
      await page
        .getByText('Fail checkout over to the standby zone')
        .first()
        .waitFor();
    },
  );

  async function approvePlan(comment) {
    await move('Submit for approval');
    await page.getByText('In review', { exact: true }).first().waitFor();
    // Segregation of duties: another owner and a continuity manager decide.
    await signInAs('pat.engineer');
    await page.goto(planUrl);
    await approve(comment);
    await signInAs('carla.continuity');
    await page.goto(planUrl);
    await approve('Meets the continuity policy.');
    await page.getByText('Approved', { exact: true }).first().waitFor();
  }

  await step(
    'the plan is submitted and approved by the owners and the continuity managers',
    async () => {
      await approvePlan('Both steps are ours and rehearsed.');
      await page.getByText('Version 1').first().waitFor();
      await shot('continuity-plan', true);
    },
  );

  await step('a continuity manager plans a drill of the plan', async () => {
    await page.goto(`${BASE}/itsm/continuity?tab=exercises`);
    await button('New exercise').click();
    const dialog = page.getByRole('dialog', { name: 'New exercise' });
    await dialog.getByLabel('Title').fill('Checkout zone failover drill');
    await choose(dialog, 'Kind', 'Simulation');
    await choose(dialog, 'Plan Ad hoc', /^CP-\d+: Checkout continuity$/);
    await dialog.getByLabel('Scope').fill('Checkout in production');
    await dialog
      .getByLabel('Scenario')
      .fill('The primary zone is lost during the lunch peak.');
    await dialog.getByRole('button', { name: 'Plan exercise' }).click();
    await page.waitForURL(/\/itsm\/exercises\/EX-\d+$/);
    exerciseUrl = page.url();
  });

  await step(
    'the owning team runs it as a checklist; the clock runs against the RTO',
    async () => {
      await signInAs('paula.lead');
      await page.goto(exerciseUrl);
      await move('Start the drill');
      await page.getByRole('timer').waitFor();
      await button(
        "Mark 'Fail checkout over to the standby zone' done",
      ).click();
      await page.getByText(/1 of 2 steps done/).waitFor();
      await shot('continuity-drill-running');
    },
  );

  // While the drill runs past its one-minute RTO, the rest of the
  // organisation goes on: a risk is recorded, a major incident declared.
  const drillStarted = Date.now();

  await step(
    'a continuity manager records a risk on checkout; the heat map counts it',
    async () => {
      for (const [title, area, likelihood, impact] of [
        ['Loss of the primary data centre', 'external', 2, 5],
        ['Payment provider outage', 'external', 3, 4],
        ['Expired TLS certificate', 'software', 3, 2],
      ]) {
        await api('carla.continuity', 'POST', '/risks', {
          title,
          description: '',
          area,
          entityRefs: [CHECKOUT],
          likelihood,
          impact,
        });
      }
      await signInAs('carla.continuity');
      await page.goto(`${BASE}/itsm/continuity?tab=risks`);
      await button('New risk').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Threat').fill('Checkout database corruption');
      await choose(dialog, 'Area', 'Data');
      await pickEntity(
        dialog.getByLabel('Affected entity'),
        'Checkout',
        'Checkout Service',
      );
      await choose(dialog, 'Likelihood', '2 Unlikely');
      await choose(dialog, 'Impact', '5 Severe');
      await choose(dialog, 'Treatment', 'Reduce');
      await dialog
        .getByLabel('Existing controls')
        .fill('Nightly backups, point-in-time recovery');
      await dialog.getByRole('button', { name: 'Record risk' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const register = page
        .getByRole('row')
        .filter({ hasText: 'Checkout database corruption' });
      await register.getByText('Checkout database corruption').waitFor();
      await register.getByText('Payments Team').waitFor();
      await shot('continuity-risks', true);
    },
  );

  await step(
    'the service desk declares a P1 incident on checkout a major incident',
    async () => {
      const incident = await api('pat.engineer', 'POST', '/incidents', {
        title: 'Checkout down in the primary zone',
        description: 'No order has gone through since 12:03.',
        entityRefs: [CHECKOUT],
        impact: 'high',
        urgency: 'high',
      });
      incidentRef = incident.ref;
      if (incident.priority !== 'P1') {
        throw new Error(`${incidentRef} is ${incident.priority}`);
      }
      await signInAs('sam.agent');
      await page.goto(`${BASE}/itsm/incidents/${incidentRef}`);
      await button('Declare major incident').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Reason').fill('Every checkout fails.');
      await dialog.getByRole('button', { name: 'Declare major' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText(/^Major incident: Every checkout fails/).waitFor();
      // The plan is approved, so the incident could invoke it already.
      await page.getByRole('button', { name: /^Invoke CP-\d+$/ }).waitFor();
    },
  );

  await step(
    'the drill finishes past its RTO, fails, and its finding sends the plan into revision',
    async () => {
      // The RTO is one minute: the last step is done after it.
      const wait = drillStarted + 62_000 - Date.now();
      if (wait > 0) await page.waitForTimeout(wait);
      await signInAs('paula.lead');
      await page.goto(exerciseUrl);
      await button("Mark 'Check that orders flow' done").click();
      await page.getByText(/2 of 2 steps done/).waitFor();
      await page
        .getByRole('timer')
        .getByText(/RTO 1 min, missed/)
        .waitFor();
      await button('Complete the drill').click();
      const complete = page.getByRole('dialog');
      await choose(complete, 'Result', 'Failed');
      await complete.getByLabel('Data lost (minutes)').fill('10');
      await complete
        .getByRole('button', { name: 'Complete', exact: true })
        .click();
      await complete.waitFor({ state: 'hidden' });
      await page
        .getByText(/^Measured: Recovered in \d+ min \(RTO 1 min, missed\)/)
        .waitFor();

      await button('Add finding').click();
      const finding = page.getByRole('dialog');
      await finding
        .getByLabel('Finding')
        .fill(
          'The failover is manual and takes longer than the RTO: automate it',
        );
      await pickEntity(
        finding.getByLabel('Owner (user or group)'),
        'Payments',
        'Payments Team',
      );
      await finding.getByLabel('Due date (YYYY-MM-DD)').fill(dateIn(14));
      await choose(
        finding,
        /Send CP-\d+ to revision/.source,
        'Yes, the plan must change',
      );
      await finding.getByRole('button', { name: 'Add', exact: true }).click();
      await finding.waitFor({ state: 'hidden' });
      await page.getByText(/sent CP-\d+ to revision/).waitFor();
      await shot('continuity-drill', true);
      await page.goto(planUrl);
      await page.getByText('Under revision', { exact: true }).first().waitFor();
    },
  );

  await step(
    'the owner revises the procedure; owners and continuity managers approve it again',
    async () => {
      await page.goto(planUrl);
      await button('Edit plan').click();
      const edit = page.getByRole('dialog');
      await edit
        .getByTestId('edit-step-0')
        .getByRole('textbox', { name: 'Step 1' })
        .fill('Run the automated zone failover');
      await edit
        .getByRole('button', { name: 'Save plan', exact: true })
        .click();
      await edit.waitFor({ state: 'hidden' });
      await approvePlan('The failover is automated now.');
      await page.getByText('Version 2').first().waitFor();
      // Every approved version is kept, and compared with the next.
      await button('Compare').click();
      await page
        .getByRole('table', { name: 'Differences' })
        .getByText(/^Run the automated zone failover/)
        .first()
        .waitFor();
      await shot('continuity-plan-versions', true);
    },
  );

  await step(
    'the major incident shows the plan, invokes it and records recovery within the RTO',
    async () => {
      await signInAs('sam.agent');
      await page.goto(`${BASE}/itsm/incidents/${incidentRef}`);
      await page
        .getByText(/Run the automated zone failover → Check that orders flow/)
        .waitFor();
      await page.getByRole('button', { name: /^Invoke CP-\d+$/ }).click();
      await page.getByText(/^CP-\d+ invoked: Checkout continuity$/).waitFor();
      await button("Mark 'Run the automated zone failover' done").click();
      await page.getByText(/1 of 2 steps done/).waitFor();
      await button("Mark 'Check that orders flow' done").click();
      await page.getByText(/2 of 2 steps done/).waitFor();
      await button('Record recovery').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Data lost (minutes)').fill('0');
      await dialog.getByRole('button', { name: 'Record recovery' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page
        .getByRole('timer')
        .getByText(
          /^Recovered in 1 min \(RTO 1 min, met\); 0 min of data lost \(RPO 5 min, met\)/,
        )
        .waitFor();
      await shot('continuity-invocation', true);
    },
  );

  await step(
    "the checkout service's Continuity card shows objectives, plan, last drill, finding and flags",
    async () => {
      await page.goto(`${BASE}/catalog/default/component/checkout-service`);
      const card = page
        .locator('.MuiCard-root')
        .filter({ has: page.getByText('Continuity', { exact: true }) })
        .filter({ has: page.getByTestId('last-drill') });
      await card
        .getByTestId('last-drill')
        .getByText(/Failed/)
        .waitFor();
      await card.getByTestId('finding').first().waitFor();
      await card.getByText(/RTO not achievable/).waitFor();
      await card.scrollIntoViewIfNeeded();
      await shot('continuity-card');
    },
  );

  await step(
    'the Continuity page lists analyses, plans and exercises, and the coverage report',
    async () => {
      for (const [tab, name] of [
        ['business-impact-analyses', 'continuity-analyses'],
        ['continuity-plans', 'continuity-plans'],
        ['exercises', 'continuity-exercises'],
      ]) {
        await page.goto(`${BASE}/itsm/continuity?tab=${tab}`);
        // Entities and owners by name, once the catalog has answered.
        const table = page.getByRole('table').first();
        await table.getByText('Checkout Service').first().waitFor();
        await table.getByText('Payments Team').first().waitFor();
        await shot(name);
      }
      await page.goto(`${BASE}/itsm/continuity?tab=coverage`);
      await page
        .getByRole('table', { name: 'Inconsistent recovery objectives' })
        .getByText(/Payments API Gateway/)
        .first()
        .waitFor();
      await shot('continuity-coverage', true);
    },
  );
}
