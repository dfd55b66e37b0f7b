// The service level journey of the end-to-end test (chapter 8), last: the
// report shows INC-1's response and restore met (the incidents reported
// since are still within their targets); Olivia, of IT Operations (the
// service level managers), reviews the Checkout Service's agreement on its
// overview page.
import path from 'node:path';

/**
 * Runs the service level steps on the page, as `step`s of the end-to-end
 * test. `signInAs(user)` switches the demo user; screenshots go to `shots`.
 */
export async function slaJourney({ page, step, BASE, shots, signInAs }) {
  await step(
    'reports service levels: the first incident answered and restored within its agreement',
    async () => {
      await page.goto(`${BASE}/itsm/sla`);
      await page
        .getByTestId('tile-Restore compliance')
        .getByText('100%')
        .waitFor();
      await page
        .getByTestId('tile-Response compliance')
        .getByText('100%')
        .waitFor();
      await page
        .getByTestId('compliance-component:default/checkout-service')
        .waitFor();
      await page.screenshot({
        path: path.join(shots, '9a-sla-report.png'),
        fullPage: true,
      });
    },
  );

  await step(
    "a service level manager reviews the Checkout Service's agreement on its page",
    async () => {
      await signInAs('olivia.ops');
      await page.goto(`${BASE}/catalog/default/component/checkout-service`);
      await page.getByText('Payments Gold: covers its system').waitFor();
      await page
        .getByTestId('sla-this-month')
        .getByText(/Restore 100%/)
        .waitFor();
      await page.getByRole('button', { name: 'Review', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog
        .getByLabel(/^Notes/)
        .fill('Targets hold; keep them for the next quarter.');
      await dialog.getByRole('button', { name: 'Record review' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page
        .getByTestId('sla-last-review')
        .getByText(/Keep the agreement as it is/)
        .waitFor();
      await page
        .getByText('Service level', { exact: true })
        .scrollIntoViewIfNeeded();
      await page.screenshot({
        path: path.join(shots, '9b-sla-entity-card.png'),
      });
    },
  );
}
