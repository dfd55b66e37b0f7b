import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { identityApiRef } from '@backstage/core-plugin-api';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { Incident } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { anIncident, mockItsmApi } from '../../testUtils/mockItsmApi';
import { EscalationActions } from './EscalationActions';

const user = userEvent.setup({ delay: null });

const worker = { update: true, comment: true, workNote: true, respond: false };
const onlyReads = {
  update: false,
  comment: false,
  workNote: false,
  respond: false,
};
const request = {
  priority: 'P1' as const,
  reason: 'All EU payments fail',
  requestedBy: 'user:default/sam.agent',
  requestedAt: '2026-11-28T10:00:00.000Z',
  group: 'group:default/payments-team',
  lead: 'user:default/paula.lead',
};

async function render(incident: Incident, me = 'user:default/sam.agent') {
  const itsmApi = mockItsmApi();
  const onChanged = jest.fn();
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [itsmApiRef, itsmApi],
        [catalogApiRef, catalogApiMock()],
        [identityApiRef, mockApis.identity({ userEntityRef: me })],
      ]}
    >
      <EscalationActions incident={incident} onChanged={onChanged} />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return { itsmApi, onChanged };
}

const buttons = () => screen.queryAllByRole('button').map(b => b.textContent);

describe('EscalationActions', () => {
  it('offers those who work an open incident to escalate, to ask for a higher priority and to lower it', async () => {
    await render(anIncident({ state: 'in_progress', allowed: worker }));
    expect(buttons()).toEqual(['Escalate', 'Raise priority', 'Lower priority']);
  });

  it('lets a worker lower a priority graded too high, and only lower', async () => {
    const incident = anIncident({
      state: 'new',
      priority: 'P2',
      allowed: worker,
    });
    const { itsmApi, onChanged } = await render(incident);
    const lowered = { ...incident, priority: 'P4' as const, version: 2 };
    itsmApi.updateIncident.mockResolvedValue(lowered);
    await user.click(screen.getByRole('button', { name: 'Lower priority' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /Priority/ }));
    const options = (await screen.findAllByRole('option')).map(
      o => o.textContent,
    );
    expect(options).toEqual(['Choose…', 'P3 - Moderate', 'P4 - Low']);
    await user.click(screen.getByRole('option', { name: 'P4 - Low' }));
    await user.click(
      within(dialog).getByRole('button', { name: 'Lower priority' }),
    );
    expect(itsmApi.updateIncident).toHaveBeenCalledWith('INC-1', {
      version: 1,
      priority: 'P4',
    });
    expect(onChanged).toHaveBeenCalledWith(lowered);
  });

  it('offers no lowering of the lowest priority', async () => {
    await render(
      anIncident({ state: 'in_progress', priority: 'P4', allowed: worker }),
    );
    expect(buttons()).toEqual(['Escalate', 'Raise priority']);
  });

  it('offers nothing to someone who only reads it', async () => {
    await render(anIncident({ state: 'in_progress', allowed: onlyReads }));
    expect(buttons()).toEqual([]);
  });

  it('shows the waiting request to everyone and the decision only to the lead', async () => {
    const waiting = anIncident({
      state: 'in_progress',
      allowed: onlyReads,
      priorityRequest: request,
    });
    await render(waiting);
    // The lead and the asker by name, never by ref.
    expect(screen.getByRole('alert')).toHaveTextContent(
      /Waiting for paula\.lead to approve raising the priority to P1/,
    );
    expect(buttons()).toEqual([]);
  });

  it('lets the lead approve with a comment', async () => {
    const waiting = anIncident({
      state: 'in_progress',
      allowed: onlyReads,
      priorityRequest: request,
      version: 7,
    });
    const { itsmApi, onChanged } = await render(
      waiting,
      'user:default/paula.lead',
    );
    const updated = { ...waiting, priority: 'P1' as const };
    itsmApi.decideIncidentPriority.mockResolvedValue(updated);
    await user.click(
      await screen.findByRole('button', { name: 'Decide on priority' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('sam.agent asks: All EU payments fail');
    await user.click(within(dialog).getByRole('button', { name: /Decision/ }));
    await user.click(await screen.findByRole('option', { name: 'Approve' }));
    await user.click(within(dialog).getByRole('textbox', { name: 'Comment' }));
    await user.paste('Go ahead');
    await user.click(within(dialog).getByRole('button', { name: 'Decide' }));
    expect(itsmApi.decideIncidentPriority).toHaveBeenCalledWith('INC-1', {
      version: 7,
      decision: 'approve',
      comment: 'Go ahead',
    });
    expect(onChanged).toHaveBeenCalledWith(updated);
  });

  it('asks for the reason before escalating, and names the missing field', async () => {
    const { itsmApi } = await render(
      anIncident({
        state: 'in_progress',
        allowed: worker,
        assignmentGroup: 'group:default/payments-team',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Escalate' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Escalate' }));
    expect(within(dialog).getByText('Reason is required')).toBeInTheDocument();
    expect(itsmApi.escalateIncident).not.toHaveBeenCalled();
  });

  it('offers the major incident procedure for a P1, and its review once resolved', async () => {
    await render(
      anIncident({ state: 'in_progress', priority: 'P1', allowed: worker }),
    );
    expect(buttons()).toContain('Declare major incident');
  });

  it('does not offer to declare a resolved incident major', async () => {
    await render(
      anIncident({ state: 'resolved', priority: 'P1', allowed: worker }),
    );
    expect(buttons()).not.toContain('Declare major incident');
  });

  it('asks for the post-incident review of a resolved major incident', async () => {
    await render(
      anIncident({
        state: 'resolved',
        priority: 'P1',
        allowed: worker,
        major: {
          declaredBy: 'user:default/sam.agent',
          declaredAt: '2026-11-28T10:00:00.000Z',
          reason: 'Revenue loss',
        },
      }),
    );
    expect(buttons()).toEqual(['Post-incident review']);
    expect(
      screen.getByText(/it closes only after its post-incident review/),
    ).toBeInTheDocument();
  });
});
