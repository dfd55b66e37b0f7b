import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Problem } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import { aChange, mockItsmApi } from '../../testUtils/mockItsmApi';
import { ProblemChangeCard } from './ProblemChangeCard';
import { aProblem } from './testProblem';

const fixing = aProblem({ state: 'fix_in_progress', version: 6 });

async function renderCard(problem: Problem) {
  const api = mockItsmApi();
  const onChanged = jest.fn();
  api.getChange.mockResolvedValue(
    aChange({ ref: 'CHG-9', title: 'Fix PRB-1: restore the pool' }),
  );
  await renderInTestApp(
    <TestApiProvider apis={[[itsmApiRef, api]]}>
      <ProblemChangeCard problem={problem} onChanged={onChanged} />
    </TestApiProvider>,
    { mountedRoutes: { '/itsm': rootRouteRef } },
  );
  return { api, onChanged };
}

describe('ProblemChangeCard', () => {
  it('raises a change request from the approved solution, as of the version shown', async () => {
    const { api, onChanged } = await renderCard(fixing);
    const updated = { ...fixing, version: 7, changeRequest: 'CHG-9' };
    api.addProblemChangeRequest.mockResolvedValue(updated);
    fireEvent.click(
      screen.getByRole('button', { name: 'Raise change request' }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Raise' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(updated));
    expect(api.addProblemChangeRequest).toHaveBeenCalledWith('PRB-1', {
      version: 6,
      changeType: 'system',
    });
  });

  it('uses the existing change request named, and shows why one is refused', async () => {
    const { api } = await renderCard(fixing);
    api.addProblemChangeRequest.mockRejectedValue(
      new Error('change: CHG-99 is closed'),
    );
    fireEvent.click(
      screen.getByRole('button', { name: 'Use existing change' }),
    );
    fireEvent.change(await screen.findByLabelText(/Change request/), {
      target: { value: ' CHG-99 ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Use' }));
    expect(await screen.findByText('change: CHG-99 is closed')).toBeVisible();
    expect(api.addProblemChangeRequest).toHaveBeenCalledWith('PRB-1', {
      version: 6,
      change: 'CHG-99',
    });
  });

  it('links to the change request implementing the fix, and offers nothing more', async () => {
    await renderCard({ ...fixing, changeRequest: 'CHG-9' });
    expect(
      await screen.findByText(/: Fix PRB-1: restore the pool/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'CHG-9' })).toHaveAttribute(
      'href',
      '/itsm/changes/CHG-9',
    );
    expect(
      screen.queryByRole('button', { name: 'Raise change request' }),
    ).toBeNull();
  });

  it('offers nothing before the solution is approved', async () => {
    await renderCard(aProblem({ state: 'awaiting_approval' }));
    expect(
      screen.queryByRole('button', { name: 'Use existing change' }),
    ).toBeNull();
  });
});
