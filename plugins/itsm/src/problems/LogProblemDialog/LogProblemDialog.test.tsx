import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { ResponseError } from '@backstage/errors';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { aProblem } from '../../testUtils/testProblem';
import { LogProblemDefaults, LogProblemDialog } from './LogProblemDialog';

const fromIncident: LogProblemDefaults = {
  title: 'Ledger postings time out',
  description: 'Seen in INC-4',
  entityRefs: [
    'component:default/ledger-service',
    'resource:default/ledger-db',
  ],
  incidents: ['INC-4'],
};

async function renderDialog(
  defaults?: LogProblemDefaults,
  api = mockItsmApi(),
) {
  const onClose = jest.fn();
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [itsmApiRef, api],
        [catalogApiRef, catalogApiMock()],
      ]}
    >
      <Routes>
        <Route
          path="/itsm/problems/:ref"
          element={<div>The problem page</div>}
        />
        <Route
          path="*"
          element={<LogProblemDialog defaults={defaults} onClose={onClose} />}
        />
      </Routes>
    </TestApiProvider>,
    { mountedRoutes: { '/itsm': rootRouteRef } },
  );
  return { api, onClose };
}

async function chooseCategory(name: string) {
  fireEvent.mouseDown(screen.getByLabelText(/^Category/));
  fireEvent.click(await screen.findByRole('option', { name }));
}

describe('LogProblemDialog', () => {
  it('logs the problem from its incidents, with its entities and category, then opens it', async () => {
    const { api, onClose } = await renderDialog(fromIncident);
    api.createProblem.mockResolvedValue(aProblem({ ref: 'PRB-9' }));
    expect(
      within(
        screen.getByRole('list', { name: 'Affected services or resources' }),
      ).getAllByRole('listitem'),
    ).toHaveLength(2);
    fireEvent.change(screen.getByLabelText('Incidents'), {
      target: { value: 'INC-4, inc-7 INC-4' },
    });
    await chooseCategory('Network');
    fireEvent.click(screen.getByRole('button', { name: 'Log problem' }));

    expect(await screen.findByText('The problem page')).toBeInTheDocument();
    expect(onClose).toHaveBeenCalled();
    expect(api.createProblem).toHaveBeenCalledWith(
      {
        title: 'Ledger postings time out',
        description: 'Seen in INC-4',
        entityRefs: [
          'component:default/ledger-service',
          'resource:default/ledger-db',
        ],
        category: 'network',
        source: 'incidents',
        impact: 'medium',
        urgency: 'medium',
        incidents: ['INC-4', 'INC-7'],
      },
      { idempotencyKey: expect.any(String) },
    );
  });

  it("shows the server's refusal and stays open; a retry sends the same key", async () => {
    const { api, onClose } = await renderDialog(fromIncident);
    api.createProblem.mockRejectedValue(
      await ResponseError.fromResponse(
        new Response(
          JSON.stringify({
            error: {
              name: 'InputError',
              message: 'incidents[0]: there is no incident INC-4',
            },
            request: { method: 'POST', url: '/api/itsm/problems' },
            response: { statusCode: 400 },
          }),
          { status: 400, headers: { 'content-type': 'application/json' } },
        ),
      ),
    );
    await chooseCategory('Software');
    fireEvent.click(screen.getByRole('button', { name: 'Log problem' }));
    expect(
      await screen.findByText('incidents[0]: there is no incident INC-4'),
    ).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Log problem' }));
    await waitFor(() => expect(api.createProblem).toHaveBeenCalledTimes(2));
    const [[, first], [, second]] = api.createProblem.mock.calls;
    expect(second).toEqual(first);
  });

  it('asks for what is missing and for incident numbers before sending', async () => {
    const { api } = await renderDialog();
    fireEvent.change(screen.getByLabelText('Incidents'), {
      target: { value: 'INC-4 the-big-one' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Log problem' }));
    expect(await screen.findByText('A title is required')).toBeInTheDocument();
    expect(screen.getByText('A description is required')).toBeInTheDocument();
    expect(
      screen.getByText('At least one affected entity is required'),
    ).toBeInTheDocument();
    expect(screen.getByText('A category is required')).toBeInTheDocument();
    expect(
      screen.getByText('Not an incident number: the-big-one'),
    ).toBeInTheDocument();
    expect(api.createProblem).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/^Found through/)).toHaveTextContent(
      'Logged by hand',
    );
  });

  it('shows the open problems of its entities, so a known one is not logged twice', async () => {
    const itsmApi = mockItsmApi();
    itsmApi.listProblems.mockResolvedValue({
      items: [aProblem({ ref: 'PRB-3', title: 'Postings time out' })],
    });
    await renderDialog(fromIncident, itsmApi);
    const notice = await screen.findByTestId('open-problems');
    expect(within(notice).getByRole('link', { name: 'PRB-3' })).toHaveAttribute(
      'href',
      '/itsm/problems/PRB-3',
    );
    expect(within(notice).getAllByText(/Postings time out/)).toHaveLength(1);
    expect(itsmApi.listProblems).toHaveBeenCalledWith({
      entityRef: 'resource:default/ledger-db',
      state: ['new', 'investigating', 'awaiting_approval', 'fix_in_progress'],
      sort: 'priority',
      limit: 5,
    });
  });
});
