// The configuration management journey of the end-to-end test (chapter 6):
// a server's configuration item card shows what depends on it; the CMDB
// page finds devices imported from the inventory and reports them by
// class; a configuration item's page shows its relationships graph,
// attributes and change history.
import path from 'node:path';

/**
 * Runs the CMDB steps on the page, as `step`s of the end-to-end test;
 * screenshots go to `shots`.
 */
export async function cmdbJourney({ page, step, BASE, shots }) {
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
      const graph = page.getByRole('figure', {
        name: 'What depends on it, 2 steps',
      });
      // Each item is a link to its page, named by its title.
      await graph.getByRole('link', { name: 'Edge Firewall 01' }).waitFor();
      await graph.getByRole('button', { name: 'Zoom in' }).click();
      await graph.getByRole('button', { name: 'Show the whole graph' }).click();
      await page.getByRole('table', { name: 'Attributes' }).waitFor();
      await page.getByText('Change history').waitFor();
      await page.screenshot({ path: path.join(shots, '13-ci-page.png') });
    },
  );
}
