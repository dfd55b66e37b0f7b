import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { ContinuityCoverageReport } from '@backstage-itsm/plugin-itsm-common';
import { screen, within } from '@testing-library/react';
import { itsmApiRef } from '../../api/ItsmApi';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { CoverageTab } from './CoverageTab';

const checkout = 'component:default/checkout-service';
const ledger = 'component:default/ledger-service';
const db = 'resource:default/payments-db';

const report: ContinuityCoverageReport = {
  generatedAt: '2026-12-08T10:00:00.000Z',
  criticalMtpdMinutes: 1440,
  criticalServices: 1,
  gaps: [],
  inconsistent: [
    {
      entityRef: checkout,
      analysis: { ref: 'BIA-1', state: 'approved' },
      rtoMinutes: 240,
      achievable: false,
      issueCount: 7,
      truncated: true,
      issues: [
        {
          kind: 'no-approved-analysis',
          entityRef: ledger,
          path: [checkout, ledger],
          message: 'checkout-service → ledger-service: no approved analysis',
        },
      ],
    },
  ],
  issuesPerService: 1,
  causes: [
    {
      kind: 'longer-rto',
      entityRef: db,
      path: [ledger, db],
      message:
        "ledger-service → payments-db: payments-db's RTO 8 h exceeds ledger-service's 4 h",
      rtoMinutes: 480,
      serviceRtoMinutes: 240,
      services: 12,
    },
  ],
  graphSource: 'cmdb-index',
};

describe('CoverageTab', () => {
  it('shows each inconsistent service with its count and nearest issues, and each cause with the services it affects', async () => {
    const api = mockItsmApi();
    api.getContinuityCoverage.mockResolvedValue(report);
    await renderInTestApp(
      <TestApiProvider apis={[[itsmApiRef, api]]}>
        <CoverageTab />
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );

    expect(
      await screen.findByText(/Dependencies from the CMDB index/),
    ).toBeInTheDocument();
    const services = screen.getByRole('table', {
      name: 'Inconsistent recovery objectives',
    });
    const [, row] = within(services).getAllByRole('row');
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('checkout-service');
    expect(cells[1]).toHaveTextContent('4 h');
    expect(cells[2]).toHaveTextContent('7 (all on BIA-1)');
    expect(cells[3]).toHaveTextContent(
      'No approved analysis: checkout-service → ledger-service',
    );

    const causes = screen.getByRole('table', {
      name: 'Causes of inconsistent objectives',
    });
    const [, cause] = within(causes).getAllByRole('row');
    const causeCells = within(cause).getAllByRole('cell');
    expect(causeCells[0]).toHaveTextContent('payments-db');
    expect(causeCells[1]).toHaveTextContent('Longer RTO');
    expect(causeCells[2]).toHaveTextContent('12');
    expect(causeCells[3]).toHaveTextContent(
      "payments-db's RTO 8 h exceeds ledger-service's 4 h",
    );
  });
});
