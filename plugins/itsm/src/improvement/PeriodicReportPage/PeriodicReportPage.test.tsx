import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { itsmApiRef } from '../../api/ItsmApi';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { PeriodicReportPage } from './PeriodicReportPage';

describe('PeriodicReportPage', () => {
  it('renders the report of the scope and month in the address, with print', async () => {
    const api = mockItsmApi();
    api.getPeriodicReport.mockResolvedValue({
      scope: 'group:default/payments-team',
      scopeKind: 'group',
      period: '2026-11',
      generatedAt: '2026-12-01T02:00:00Z',
      generatedBy: 'schedule',
      markdown:
        '# Monthly report: Payments, 2026-11\n\n| Priority | Incidents |\n| --- | ---: |\n| P2 - High | 2 |\n',
      csv: 'Section\n',
    });
    await renderInTestApp(
      <TestApiProvider apis={[[itsmApiRef, api]]}>
        <Routes>
          <Route
            path="/itsm/reports/:scope/:period"
            element={<PeriodicReportPage />}
          />
        </Routes>
      </TestApiProvider>,
      {
        routeEntries: [
          `/itsm/reports/${encodeURIComponent(
            'group:default/payments-team',
          )}/2026-11`,
        ],
      },
    );
    expect(
      await screen.findByRole('heading', {
        name: 'Monthly report: Payments, 2026-11',
      }),
    ).toBeInTheDocument();
    expect(api.getPeriodicReport).toHaveBeenCalledWith(
      'group:default/payments-team',
      '2026-11',
    );
    expect(screen.getByRole('cell', { name: 'P2 - High' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
  });
});
