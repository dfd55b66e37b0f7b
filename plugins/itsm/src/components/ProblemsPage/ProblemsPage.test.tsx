import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { aProblem } from '../ProblemPage/testProblem';
import { ProblemsPage } from './ProblemsPage';
import { problemsCsv } from './problemsCsv';

async function renderPage() {
  const api = mockItsmApi();
  api.listProblems.mockResolvedValue({
    items: [
      aProblem({
        knownError: true,
        workaround: 'Restart the tokeniser',
        rootCause: { method: 'free_text', text: 'The pool was halved' },
      }),
    ],
  });
  await renderInTestApp(
    <TestApiProvider apis={[[itsmApiRef, api]]}>
      <ProblemsPage />
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/itsm': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
  return api;
}

describe('ProblemsPage', () => {
  it('lists the open problems, most urgent first, and narrows them by the filters', async () => {
    const api = await renderPage();
    const row = await screen.findByTestId('PRB-1');
    expect(within(row).getByRole('link', { name: 'PRB-1' })).toHaveAttribute(
      'href',
      '/itsm/problems/PRB-1',
    );
    expect(within(row).getByText('Known error')).toBeInTheDocument();
    expect(within(row).getByText('Investigating')).toBeInTheDocument();
    expect(api.listProblems).toHaveBeenLastCalledWith({
      state: ['new', 'investigating', 'awaiting_approval', 'fix_in_progress'],
      priority: undefined,
      category: undefined,
      assignmentGroup: undefined,
      q: undefined,
      sort: 'priority',
      limit: 100,
    });

    fireEvent.mouseDown(screen.getByLabelText('Category'));
    fireEvent.click(await screen.findByRole('option', { name: 'Network' }));
    fireEvent.click(screen.getByLabelText('My groups'));
    fireEvent.change(screen.getByLabelText('Search'), {
      target: { value: 'timeout' },
    });
    fireEvent.submit(screen.getByLabelText('Search'));
    await waitFor(() =>
      expect(api.listProblems).toHaveBeenLastCalledWith(
        expect.objectContaining({
          category: ['network'],
          assignmentGroup: ['mine'],
          q: 'timeout',
        }),
      ),
    );
  });

  it('searches the known-error base and shows each workaround', async () => {
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
    expect(
      screen.getByText('Root cause: The pool was cut to 10'),
    ).toBeInTheDocument();
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
});

describe('problemsCsv', () => {
  it('writes one line per problem with its cause, workaround and change', () => {
    const csv = problemsCsv([
      aProblem({
        knownError: true,
        workaround: 'Restart, then retry',
        rootCause: { method: 'five_whys', whys: ['a'], cause: 'The pool' },
        changeRequest: 'CHG-7',
      }),
    ]);
    const [header, line] = csv.trim().split('\n');
    expect(header.split(',')).toContain('root cause');
    expect(line).toContain('PRB-1,Checkout times out under load,investigating');
    expect(line).toContain('yes');
    expect(line).toContain('The pool,"Restart, then retry"');
    expect(line).toContain('CHG-7');
  });
});
