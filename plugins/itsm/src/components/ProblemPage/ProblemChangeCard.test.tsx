import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
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
  api.getChangeForm.mockResolvedValue({
    riskQuestionnaire: {
      questions: [
        { id: 'downtime', text: 'Does it need downtime?', weight: 3 },
      ],
      thresholds: { medium: 3, high: 8 },
    },
    standardChanges: [],
  });
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
  it('raises a change request from the approved solution with the window and the risk answers', async () => {
    const { api, onChanged } = await renderCard(fixing);
    const updated = { ...fixing, version: 7, changeRequest: 'CHG-9' };
    api.addProblemChangeRequest.mockResolvedValue(updated);
    fireEvent.click(
      screen.getByRole('button', { name: 'Raise change request' }),
    );
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/^Window start/), {
      target: { value: '2026-12-08T20:00' },
    });
    fireEvent.change(within(dialog).getByLabelText(/^Window end/), {
      target: { value: '2026-12-08T21:00' },
    });
    const question = within(dialog).getByRole('radiogroup', {
      name: 'Does it need downtime?',
    });
    fireEvent.click(within(question).getByLabelText('No'));
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Raise change request' }),
    );
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(updated));
    expect(api.addProblemChangeRequest).toHaveBeenCalledWith('PRB-1', {
      version: 6,
      changeType: 'system',
      window: {
        start: new Date('2026-12-08T20:00').toISOString(),
        end: new Date('2026-12-08T21:00').toISOString(),
      },
      risk: { answers: { downtime: 'no' } },
    });
  });

  it('raises nothing until the risk questions are answered, and shows a refusal', async () => {
    const { api } = await renderCard(fixing);
    api.addProblemChangeRequest.mockRejectedValue(
      new Error('window.start is in a change freeze'),
    );
    fireEvent.click(
      screen.getByRole('button', { name: 'Raise change request' }),
    );
    const dialog = await screen.findByRole('dialog');
    const raise = within(dialog).getByRole('button', {
      name: 'Raise change request',
    });
    fireEvent.click(raise);
    expect(api.addProblemChangeRequest).not.toHaveBeenCalled();
    fireEvent.click(
      within(
        within(dialog).getByRole('radiogroup', {
          name: 'Does it need downtime?',
        }),
      ).getByLabelText('No'),
    );
    fireEvent.click(raise);
    expect(
      await within(dialog).findByText('window.start is in a change freeze'),
    ).toBeVisible();
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
