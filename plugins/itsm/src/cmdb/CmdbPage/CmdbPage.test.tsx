import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { CiItem, CiReport } from '@backstage-itsm/plugin-itsm-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { itsmApiRef } from '../../api/ItsmApi';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { CmdbPage } from './CmdbPage';
import { ciReportCsv } from './ciReportCsv';

const server: CiItem = {
  entityRef: 'resource:default/srv-db-01',
  kind: 'resource',
  type: 'server',
  title: 'DB Server 01',
  ciClass: 'hardware/server',
  classified: true,
  owner: 'group:default/platform-team',
  lifecycle: 'production',
  changedAt: '2026-11-28T10:00:00.000Z',
};

const report: CiReport = {
  total: 2,
  byClass: [
    { key: 'hardware/server', count: 1 },
    { key: 'other', count: 1 },
  ],
  byOwner: [
    { key: 'group:default/platform-team', count: 1 },
    { key: '', count: 1 },
  ],
  byLifecycle: [{ key: 'production', count: 2 }],
  noOwner: [
    { ...server, entityRef: 'resource:default/orphan', owner: undefined },
  ],
  unclassified: [],
  noSupportGroup: [],
  stale: [],
  counts: { noOwner: 1, unclassified: 0, noSupportGroup: 0, stale: 0 },
  staleDays: 90,
};

async function renderPage() {
  const api = mockItsmApi();
  api.listConfigurationItems.mockResolvedValue({
    items: [server],
    nextCursor: 'n',
  });
  api.getConfigurationReport.mockResolvedValue(report);
  api.listCiChanges.mockResolvedValue({
    items: [
      {
        id: '3',
        entityRef: 'resource:default/srv-db-01',
        kind: 'modified',
        differences: [
          {
            path: 'metadata.annotations.itsm/version',
            before: '9.4',
            after: '9.5',
          },
        ],
        unauthorized: true,
        detectedAt: '2026-11-28T10:00:00.000Z',
      },
    ],
  });
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [itsmApiRef, api],
        [
          catalogApiRef,
          {
            queryEntities: async () => ({
              items: [],
              totalItems: 0,
              pageInfo: {},
            }),
          },
        ],
      ]}
    >
      <CmdbPage />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return api;
}

describe('CmdbPage', () => {
  it('lists the configuration items and filters them by class and text', async () => {
    const api = await renderPage();
    const table = await screen.findByRole('table', {
      name: 'Configuration items',
    });
    expect(within(table).getByText('DB Server 01')).toBeInTheDocument();
    expect(within(table).getByText('hardware/server')).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Search'), {
      target: { value: 'db' },
    });
    await waitFor(() =>
      expect(api.listConfigurationItems).toHaveBeenLastCalledWith(
        expect.objectContaining({ q: 'db', limit: 50 }),
      ),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() =>
      expect(api.listConfigurationItems).toHaveBeenLastCalledWith(
        expect.objectContaining({ cursor: 'n' }),
      ),
    );
  });

  it('shows the status report with its counts, problem lists and changes', async () => {
    const api = await renderPage();
    fireEvent.click(screen.getByRole('tab', { name: 'Status report' }));
    expect(
      await screen.findByRole('table', { name: 'By class' }),
    ).toBeInTheDocument();
    expect(screen.getByText('No owner (1)')).toBeInTheDocument();
    const unauthorised = await screen.findByRole('list', {
      name: 'Unauthorised changes',
    });
    expect(
      within(unauthorised).getByText(
        'Changed: metadata.annotations.itsm/version',
      ),
    ).toBeInTheDocument();
    expect(api.listCiChanges).toHaveBeenCalledWith({
      unauthorized: true,
      limit: 50,
    });
    expect(screen.getByRole('button', { name: /Download CSV/ })).toBeEnabled();
  });

  it('shows the unauthorised changes field by field', async () => {
    await renderPage();
    fireEvent.click(screen.getByRole('tab', { name: 'Changes' }));
    const table = await screen.findByRole('table', {
      name: 'Changes to configuration items',
    });
    expect(
      within(table).getByText('metadata.annotations.itsm/version'),
    ).toBeInTheDocument();
    expect(within(table).getByText(/9\.4 → 9\.5/)).toBeInTheDocument();
    expect(within(table).getByText('Unauthorised')).toBeInTheDocument();
  });
});

describe('ciReportCsv', () => {
  it('writes the counts, then the items with a problem', () => {
    const lines = ciReportCsv(report).trim().split('\n');
    expect(lines[0]).toBe('section,dimension,key,count');
    expect(lines).toContain('count,total,,2');
    expect(lines).toContain('count,class,hardware/server,1');
    expect(lines).toContain('count,owner,(none),1');
    expect(lines).toContain(
      'item,no owner,resource:default/orphan,hardware/server,,2026-11-28T10:00:00.000Z',
    );
  });

  it('adds the recent and the unauthorised changes', () => {
    const change = {
      id: '1',
      entityRef: 'resource:default/srv-db-01',
      kind: 'modified' as const,
      differences: [
        { path: 'spec.owner', before: 'a', after: 'b' },
        { path: 'metadata.title', before: 'x', after: 'y' },
      ],
      unauthorized: true,
      detectedAt: '2026-11-28T10:00:00.000Z',
    };
    const lines = ciReportCsv(report, {
      recent: [
        {
          ...change,
          unauthorized: false,
          authorizedBy: { id: 'c', ref: 'CHG-2' },
        },
      ],
      unauthorized: [change],
    })
      .trim()
      .split('\n');
    expect(lines).toContain(
      'change,recent,resource:default/srv-db-01,modified,spec.owner metadata.title,CHG-2,2026-11-28T10:00:00.000Z',
    );
    expect(lines).toContain(
      'change,unauthorized,resource:default/srv-db-01,modified,spec.owner metadata.title,unauthorised,2026-11-28T10:00:00.000Z',
    );
  });

  it('writes a class or owner that begins like a formula as text', () => {
    const lines = ciReportCsv({
      ...report,
      noOwner: [
        {
          ...report.noOwner[0],
          ciClass: '=HYPERLINK("http://evil.example")',
        },
      ],
    })
      .trim()
      .split('\n');
    expect(lines).toContain(
      `item,no owner,resource:default/orphan,"'=HYPERLINK(""http://evil.example"")",,2026-11-28T10:00:00.000Z`,
    );
  });
});
