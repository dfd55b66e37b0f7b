import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { itsmApiRef } from '../../api/ItsmApi';
import { downloadCsv } from '../../lib/csv';
import { rootRouteRef } from '../../routes';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { aProblem } from '../../testUtils/testProblem';
import { ProblemsPage } from './ProblemsPage';

jest.mock('../../lib/csv', () => ({
  ...jest.requireActual('../../lib/csv'),
  downloadCsv: jest.fn(),
}));

const openStates = [
  'new',
  'investigating',
  'awaiting_approval',
  'fix_in_progress',
];

async function renderPage(path = '/itsm/problems') {
  const api = mockItsmApi();
  api.listProblems.mockResolvedValue({
    items: [
      aProblem({
        knownError: true,
        workaround: 'Restart the tokeniser',
        rootCause: { method: 'free_text', text: 'The pool was halved' },
      }),
      aProblem({
        id: 'prb-id-2',
        ref: 'PRB-2',
        title: 'Suggested: 3 incidents on ledger-service within 24 hours',
        state: 'new',
        source: 'proactive',
      }),
    ],
  });
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [itsmApiRef, api],
        [catalogApiRef, catalogApiMock()],
      ]}
    >
      <ProblemsPage />
    </TestApiProvider>,
    {
      routeEntries: [path],
      mountedRoutes: {
        '/itsm': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
  return api;
}

describe('ProblemsPage', () => {
  beforeEach(() => jest.mocked(downloadCsv).mockClear());

  it('lists the open problems, most urgent first, marking known errors and suggestions', async () => {
    const api = await renderPage();
    const row = await screen.findByTestId('PRB-1');
    expect(within(row).getByRole('link', { name: 'PRB-1' })).toHaveAttribute(
      'href',
      '/itsm/problems/PRB-1',
    );
    expect(within(row).getByText('Known error')).toBeInTheDocument();
    expect(within(row).getByText('Investigating')).toBeInTheDocument();
    expect(within(row).getByText('Software')).toBeInTheDocument();
    expect(
      within(screen.getByTestId('PRB-2')).getByText('Suggested'),
    ).toBeInTheDocument();
    expect(screen.getByText('2 problems')).toBeInTheDocument();
    expect(api.listProblems).toHaveBeenLastCalledWith({
      state: openStates,
      priority: undefined,
      category: undefined,
      assignmentGroup: undefined,
      q: undefined,
      sort: 'priority',
      limit: 100,
    });
  });

  it('sends the view, category, priority, my groups and words to the list', async () => {
    const api = await renderPage();
    await screen.findByTestId('PRB-1');

    fireEvent.mouseDown(screen.getByLabelText('Show'));
    fireEvent.click(
      await screen.findByRole('option', { name: 'Fix in progress' }),
    );
    fireEvent.mouseDown(screen.getByLabelText('Priority'));
    fireEvent.click(
      await screen.findByRole('option', { name: 'P1 - Critical' }),
    );
    fireEvent.mouseDown(screen.getByLabelText('Category'));
    fireEvent.click(await screen.findByRole('option', { name: 'Network' }));
    fireEvent.click(screen.getByLabelText('My groups'));
    fireEvent.change(screen.getByLabelText('Search'), {
      target: { value: ' timeout ' },
    });
    fireEvent.submit(screen.getByLabelText('Search'));

    await waitFor(() =>
      expect(api.listProblems).toHaveBeenLastCalledWith({
        state: ['fix_in_progress'],
        priority: ['P1'],
        category: ['network'],
        assignmentGroup: ['mine'],
        q: 'timeout',
        sort: 'priority',
        limit: 100,
      }),
    );
  });

  it("opens on an entity's problems of a view from the address", async () => {
    const api = await renderPage(
      '/itsm/problems?view=all&entity=component:default/ledger-service',
    );
    await screen.findByTestId('PRB-1');
    expect(api.listProblems).toHaveBeenLastCalledWith(
      expect.objectContaining({
        entityRef: 'component:default/ledger-service',
        state: [...openStates, 'resolved', 'closed', 'cancelled'],
      }),
    );
    expect(screen.getByLabelText('Show')).toHaveTextContent('All problems');
  });

  it('exports every matching problem as CSV, page after page', async () => {
    const api = await renderPage();
    await screen.findByTestId('PRB-1');
    api.listProblems
      .mockResolvedValueOnce({
        items: [aProblem({ ref: 'PRB-1' })],
        nextCursor: 'next',
      })
      .mockResolvedValueOnce({ items: [aProblem({ ref: 'PRB-7' })] });
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(downloadCsv).toHaveBeenCalled());
    expect(api.listProblems).toHaveBeenLastCalledWith(
      expect.objectContaining({ state: openStates, cursor: 'next' }),
    );
    const [csv, fileName] = jest.mocked(downloadCsv).mock.calls[0];
    expect(fileName).toBe('problems-open.csv');
    expect(csv.trim().split('\n')).toHaveLength(3);
    expect(csv).toContain('PRB-7,');
  });

  it('searches the known-error base and shows each workaround and root cause', async () => {
    const api = await renderPage();
    api.listKnownErrors.mockResolvedValue({
      items: [
        {
          id: 'prb-id',
          ref: 'PRB-4',
          title: 'Ledger postings time out',
          description: 'At peak',
          state: 'fix_in_progress',
          priority: 'P2',
          category: 'software',
          workaround: 'Restart the ledger pods',
          rootCause: {
            method: 'five_whys',
            whys: ['Postings wait'],
            cause: 'The pool was cut to 10',
          },
          entityRefs: ['component:default/ledger-service'],
          updatedAt: '2026-11-28T10:00:00Z',
        },
      ],
    });
    fireEvent.click(await screen.findByRole('tab', { name: 'Known errors' }));
    expect(
      await screen.findByText('Restart the ledger pods'),
    ).toBeInTheDocument();
    const item = screen.getByTestId('PRB-4');
    expect(within(item).getByRole('link', { name: 'PRB-4' })).toHaveAttribute(
      'href',
      '/itsm/problems/PRB-4',
    );
    expect(
      within(item).getByText('Root cause: The pool was cut to 10'),
    ).toBeInTheDocument();
    expect(within(item).getByText('ledger-service')).toBeInTheDocument();
    expect(api.listKnownErrors).toHaveBeenLastCalledWith({
      q: undefined,
      limit: 100,
    });

    fireEvent.change(screen.getByLabelText('Search the known errors'), {
      target: { value: 'ledger pool' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() =>
      expect(api.listKnownErrors).toHaveBeenLastCalledWith({
        q: 'ledger pool',
        limit: 100,
      }),
    );
  });

  it('opens on the known errors from the address, and says when none match', async () => {
    await renderPage('/itsm/problems?tab=known-errors');
    expect(
      await screen.findByText(
        'No known errors: no open problem has a root cause and a workaround yet.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Known errors' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });
});
