import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Problem } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { aResponseError, mockItsmApi } from '../../testUtils/mockItsmApi';
import { ProblemAnalysisCard } from './ProblemAnalysisCard';
import { aProblem } from '../../testUtils/testProblem';

async function renderCard(problem: Problem) {
  const api = mockItsmApi();
  const onChanged = jest.fn();
  const onReloadNeeded = jest.fn();
  await renderInTestApp(
    <TestApiProvider apis={[[itsmApiRef, api]]}>
      <ProblemAnalysisCard
        problem={problem}
        onChanged={onChanged}
        onReloadNeeded={onReloadNeeded}
      />
    </TestApiProvider>,
  );
  return { api, onChanged, onReloadNeeded };
}

async function openDialog() {
  fireEvent.click(screen.getByRole('button', { name: 'Edit analysis' }));
  return screen.findByRole('dialog');
}

function type(dialog: HTMLElement, label: RegExp | string, value: string) {
  fireEvent.change(within(dialog).getByLabelText(label), {
    target: { value },
  });
}

describe('ProblemAnalysisCard', () => {
  it('records a 5-whys root cause, as of the version shown', async () => {
    const problem = aProblem();
    const { api, onChanged } = await renderCard(problem);
    const saved = { ...problem, version: 4 };
    api.recordProblemAnalysis.mockResolvedValue(saved);
    expect(screen.getByText('Not found yet.')).toBeInTheDocument();

    const dialog = await openDialog();
    type(dialog, 'Why 1', 'Payments time out');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add a why' }));
    type(dialog, 'Why 2', 'The tokeniser pool is exhausted');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add a why' }));
    type(dialog, 'Why 3', 'A wrong turn');
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Remove why 3' }),
    );
    type(dialog, 'Root cause', 'The pool size was halved in 1.4.2');
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Save analysis' }),
    );

    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(saved));
    expect(api.recordProblemAnalysis).toHaveBeenCalledWith('PRB-1', {
      version: 3,
      rootCause: {
        method: 'five_whys',
        whys: ['Payments time out', 'The tokeniser pool is exhausted'],
        cause: 'The pool size was halved in 1.4.2',
      },
    });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('offers at most five whys', async () => {
    await renderCard(aProblem());
    const dialog = await openDialog();
    const add = within(dialog).getByRole('button', { name: 'Add a why' });
    for (let i = 0; i < 4; i++) fireEvent.click(add);
    expect(within(dialog).getByLabelText('Why 5')).toBeInTheDocument();
    expect(add).toBeDisabled();
  });

  it('records a free-text root cause with the investigation, workaround and risk', async () => {
    const problem = aProblem();
    const { api } = await renderCard(problem);
    api.recordProblemAnalysis.mockResolvedValue(problem);
    const dialog = await openDialog();
    type(dialog, /Log excerpts/, 'ERROR TokenPool exhausted');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add link' }));
    type(dialog, 'Link 1 title', 'Dashboard');
    type(dialog, 'Link 1 URL', 'https://grafana.example.com/d/1');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Free text' }));
    type(dialog, 'Root cause analysis', 'A leaking connection pool');
    type(dialog, /Workaround/, 'Restart the tokeniser pods');
    type(dialog, /^Risk/, 'Lost sales at peak');
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Save analysis' }),
    );
    await waitFor(() =>
      expect(api.recordProblemAnalysis).toHaveBeenCalledWith('PRB-1', {
        version: 3,
        investigation: {
          logExcerpts: 'ERROR TokenPool exhausted',
          environment: '',
          stepsToReproduce: '',
          links: [
            { title: 'Dashboard', url: 'https://grafana.example.com/d/1' },
          ],
        },
        rootCause: { method: 'free_text', text: 'A leaking connection pool' },
        workaround: 'Restart the tokeniser pods',
        risk: 'Lost sales at peak',
      }),
    );
  });

  it("shows the server's refusal in the dialog", async () => {
    const { api } = await renderCard(aProblem());
    api.recordProblemAnalysis.mockRejectedValue(
      await aResponseError(
        400,
        'InputError',
        'investigation.links[0].url must be an http(s) URL',
      ),
    );
    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add link' }));
    type(dialog, 'Link 1 title', 'Dashboard');
    type(dialog, 'Link 1 URL', 'ftp://logs');
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Save analysis' }),
    );
    expect(
      await within(dialog).findByText(
        'investigation.links[0].url must be an http(s) URL',
      ),
    ).toBeInTheDocument();
  });

  it('says when someone else changed the problem, and reloads it on request', async () => {
    const { api, onReloadNeeded } = await renderCard(aProblem());
    api.recordProblemAnalysis.mockRejectedValue(
      await aResponseError(409, 'ConflictError', 'PRB-1 is at version 4', {
        current: { ref: 'PRB-1', version: 4 },
      }),
    );
    const dialog = await openDialog();
    type(dialog, /Business impact/, 'Card payments fail at peak');
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Save analysis' }),
    );
    expect(
      await within(dialog).findByText(/Someone else changed PRB-1/),
    ).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reload' }));
    expect(onReloadNeeded).toHaveBeenCalled();
  });

  it('offers no edit once the problem is closed, or to those who do not work it', async () => {
    await renderCard(aProblem({ state: 'closed' }));
    expect(screen.queryByRole('button', { name: 'Edit analysis' })).toBeNull();
  });
});
