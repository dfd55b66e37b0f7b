import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Problem } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import {
  aChange,
  aResponseError,
  mockItsmApi,
} from '../../testUtils/mockItsmApi';
import { ProblemChangeCard } from './ProblemChangeCard';
import { aProblem } from '../../testUtils/testProblem';

const fixing = aProblem({ state: 'fix_in_progress', version: 6 });

async function renderCard(problem: Problem) {
  const api = mockItsmApi();
  const onChanged = jest.fn();
  const onReloadNeeded = jest.fn();
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
      <ProblemChangeCard
        problem={problem}
        onChanged={onChanged}
        onReloadNeeded={onReloadNeeded}
      />
    </TestApiProvider>,
    { mountedRoutes: { '/itsm': rootRouteRef } },
  );
  return { api, onChanged, onReloadNeeded };
}

async function openRaiseDialog() {
  fireEvent.click(screen.getByRole('button', { name: 'Raise change request' }));
  return screen.findByRole('dialog');
}

function answerDowntime(dialog: HTMLElement, answer: 'Yes' | 'No') {
  fireEvent.click(
    within(
      within(dialog).getByRole('radiogroup', {
        name: 'Does it need downtime?',
      }),
    ).getByLabelText(answer),
  );
}

describe('ProblemChangeCard', () => {
  it('raises a change request from the approved solution with the window and the risk answers', async () => {
    const { api, onChanged } = await renderCard(fixing);
    const updated = { ...fixing, version: 7, changeRequest: 'CHG-9' };
    api.addProblemChangeRequest.mockResolvedValue(updated);
    const dialog = await openRaiseDialog();
    expect(
      within(dialog).getByText(
        /raised as a draft from the approved solution plan/,
      ),
    ).toBeInTheDocument();
    expect(api.getChangeForm).toHaveBeenCalled();
    fireEvent.change(within(dialog).getByLabelText(/^Window start/), {
      target: { value: '2026-12-08T20:00' },
    });
    fireEvent.change(within(dialog).getByLabelText(/^Window end/), {
      target: { value: '2026-12-08T21:00' },
    });
    answerDowntime(dialog, 'Yes');
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
      risk: { answers: { downtime: 'yes' } },
    });
  });

  it("raises nothing until the risk questions are answered, and shows the server's refusal", async () => {
    const { api, onChanged } = await renderCard(fixing);
    api.addProblemChangeRequest.mockRejectedValue(
      await aResponseError(400, 'InputError', 'window.start is required'),
    );
    const dialog = await openRaiseDialog();
    const raise = within(dialog).getByRole('button', {
      name: 'Raise change request',
    });
    fireEvent.click(raise);
    expect(api.addProblemChangeRequest).not.toHaveBeenCalled();
    answerDowntime(dialog, 'No');
    fireEvent.click(raise);
    expect(
      await within(dialog).findByText('window.start is required'),
    ).toBeVisible();
    expect(api.addProblemChangeRequest).toHaveBeenCalledTimes(1);
    expect(onChanged).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('says when someone else changed the problem, and reloads it on request', async () => {
    const { api, onReloadNeeded } = await renderCard(fixing);
    api.addProblemChangeRequest.mockRejectedValue(
      await aResponseError(409, 'ConflictError', 'PRB-1 is at version 7', {
        current: { ref: 'PRB-1', version: 7 },
      }),
    );
    const dialog = await openRaiseDialog();
    answerDowntime(dialog, 'No');
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Raise change request' }),
    );
    expect(
      await within(dialog).findByText(/Someone else changed PRB-1/),
    ).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reload' }));
    expect(onReloadNeeded).toHaveBeenCalled();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
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
