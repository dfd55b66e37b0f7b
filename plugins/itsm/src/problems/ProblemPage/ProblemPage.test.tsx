import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { identityApiRef } from '@backstage/core-plugin-api';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { Problem, RecordLink } from '@backstage-itsm/plugin-itsm-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { ProblemPage } from './ProblemPage';
import { aCausedByLink, aProblem } from '../../testUtils/testProblem';

const rootCause = {
  method: 'five_whys' as const,
  whys: ['Payments time out', 'The tokeniser pool is exhausted'],
  cause: 'The pool size was halved in 1.4.2',
};

async function renderPage(problem: Problem, links: RecordLink[] = []) {
  const api = mockItsmApi();
  api.getProblem.mockResolvedValue(problem);
  api.getProblemTimeline.mockResolvedValue({ items: [] });
  api.listProblemLinks.mockResolvedValue({ items: links });
  const identity = {
    getBackstageIdentity: async () => ({
      type: 'user' as const,
      userEntityRef: 'user:default/lee.lead',
      ownershipEntityRefs: ['user:default/lee.lead'],
    }),
    getProfileInfo: async () => ({}),
    getCredentials: async () => ({}),
    signOut: async () => {},
  };
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [itsmApiRef, api],
        [identityApiRef, identity],
      ]}
    >
      <Routes>
        <Route path="/itsm/problems/:ref" element={<ProblemPage />} />
      </Routes>
    </TestApiProvider>,
    {
      routeEntries: [`/itsm/problems/${problem.ref}`],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/itsm': rootRouteRef,
      },
    },
  );
  await screen.findByTestId('header-title');
  return api;
}

describe('ProblemPage', () => {
  it('shows a known error with its root cause as a numbered chain, and why detection suggested it', async () => {
    await renderPage(
      aProblem({
        knownError: true,
        source: 'proactive',
        rootCause,
        workaround: 'Restart the tokeniser pods',
        investigation: {
          logExcerpts: 'ERROR TokenPool exhausted (max=10)',
          links: [{ title: 'Dashboard', url: 'https://grafana.example.com' }],
        },
        detection: {
          basis: 'entity',
          value: 'component:default/checkout',
          incidents: 4,
          windowHours: 24,
        },
      }),
    );
    expect(screen.getByText('Known error')).toBeInTheDocument();
    expect(screen.getByTestId('problem-detection')).toHaveTextContent(
      /^Suggested by proactive detection: 4 incidents on .*checkout within 24 hours$/,
    );
    expect(
      screen.getByText('Proactive detection (an incident trend)'),
    ).toBeInTheDocument();
    const chain = screen.getByRole('list', { name: '5 whys' });
    expect(
      within(chain)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual([
      'Payments time out',
      'The tokeniser pool is exhausted',
      'Root cause: The pool size was halved in 1.4.2',
    ]);
    expect(screen.getByTestId('log-excerpts')).toHaveTextContent(
      'ERROR TokenPool exhausted (max=10)',
    );
    expect(screen.getByRole('link', { name: /Dashboard/ })).toHaveAttribute(
      'href',
      'https://grafana.example.com',
    );
    expect(screen.getByText('Restart the tokeniser pods')).toBeInTheDocument();
  });

  it('shows neither the known-error chip nor a detection alert for a problem logged by hand', async () => {
    await renderPage(aProblem({ source: 'manual' }));
    expect(screen.queryByText('Known error')).toBeNull();
    expect(screen.queryByTestId('problem-detection')).toBeNull();
  });

  it('lists the incidents the problem caused, each linking to its page', async () => {
    const problem = aProblem();
    await renderPage(problem, [
      aCausedByLink(problem, { ref: 'INC-3', title: 'Card payment refused' }),
      aCausedByLink(problem, { ref: 'INC-5', title: 'Checkout slow' }),
    ]);
    expect(
      await screen.findByRole('link', { name: 'INC-3: Card payment refused' }),
    ).toHaveAttribute('href', '/itsm/incidents/INC-3');
    expect(
      screen.getByRole('link', { name: 'INC-5: Checkout slow' }),
    ).toHaveAttribute('href', '/itsm/incidents/INC-5');
  });

  it('keeps "Propose solution" disabled until the root cause is recorded', async () => {
    await renderPage(aProblem());
    expect(
      screen.getByRole('button', { name: 'Propose solution' }),
    ).toBeDisabled();
  });

  it('proposes the solution plan, as of the version shown', async () => {
    const problem = aProblem({ rootCause });
    const api = await renderPage(problem);
    api.transitionProblem.mockResolvedValue({
      ...problem,
      version: 4,
      state: 'awaiting_approval',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Propose solution' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/What will be done/), {
      target: { value: 'Restore the pool size to 20' },
    });
    fireEvent.change(within(dialog).getByLabelText(/Estimated hours/), {
      target: { value: '6' },
    });
    fireEvent.change(within(dialog).getByLabelText(/Expected effect/), {
      target: { value: 'No more timeouts at peak' },
    });
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Propose solution' }),
    );
    await waitFor(() =>
      expect(api.transitionProblem).toHaveBeenCalledWith('PRB-1', {
        action: 'propose_solution',
        version: 3,
        solution: {
          description: 'Restore the pool size to 20',
          estimatedHours: 6,
          expectedEffect: 'No more timeouts at peak',
        },
      }),
    );
    expect(
      await screen.findAllByText('Solution awaiting approval'),
    ).not.toHaveLength(0);
  });

  it('asks for the resolution before resolving', async () => {
    const problem = aProblem({ state: 'fix_in_progress', rootCause });
    const api = await renderPage(problem);
    api.transitionProblem.mockResolvedValue({ ...problem, state: 'resolved' });
    fireEvent.click(screen.getByRole('button', { name: 'Resolve' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Resolution/), {
      target: { value: 'Pool restored in 1.4.3' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Resolve' }));
    await waitFor(() =>
      expect(api.transitionProblem).toHaveBeenCalledWith('PRB-1', {
        action: 'resolve',
        version: 3,
        resolution: 'Pool restored in 1.4.3',
      }),
    );
  });

  it('lets the approver decide the solution plan', async () => {
    const problem = aProblem({
      state: 'awaiting_approval',
      rootCause,
      solutionPlan: {
        description: 'Restore the pool size to 20',
        estimatedHours: 6,
        expectedEffect: 'No more timeouts at peak',
        revision: 2,
        proposedBy: 'user:default/pat.problem',
        proposedAt: '2026-11-21T10:00:00.000Z',
      },
      approval: {
        round: 2,
        requestedAt: '2026-11-21T10:00:00.000Z',
        status: 'pending',
        groups: [
          {
            key: 'lead',
            label: 'Lead of group:default/payments-team',
            rule: { kind: 'any' },
            approvers: ['user:default/lee.lead'],
          },
        ],
        decisions: [],
      },
    });
    const api = await renderPage(problem);
    expect(screen.getByText('Restore the pool size to 20')).toBeInTheDocument();
    expect(screen.getByText('6 hours')).toBeInTheDocument();
    api.decideProblem.mockResolvedValue({
      ...problem,
      state: 'fix_in_progress',
      version: 4,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Approve' }));
    await waitFor(() =>
      expect(api.decideProblem).toHaveBeenCalledWith('prb-id-1', {
        decision: 'approve',
      }),
    );
    expect(
      await screen.findByRole('button', { name: 'Raise change request' }),
    ).toBeInTheDocument();
  });

  it('downloads the investigation report as <ref>.md', async () => {
    const api = await renderPage(aProblem());
    const blob = new Blob(['# PRB-1'], { type: 'text/markdown' });
    api.downloadProblemReport.mockResolvedValue(blob);
    const createObjectURL = jest.fn(() => 'blob:report');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function saved(this: HTMLAnchorElement) {
        expect(this.download).toBe('PRB-1.md');
        expect(this.href).toBe('blob:report');
      });
    fireEvent.click(screen.getByRole('button', { name: 'Download report' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(api.downloadProblemReport).toHaveBeenCalledWith('PRB-1');
    expect(createObjectURL).toHaveBeenCalledWith(blob);
    click.mockRestore();
  });
});
