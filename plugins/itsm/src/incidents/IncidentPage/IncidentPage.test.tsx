import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { Incident, TimelineEvent } from '@backstage-itsm/plugin-itsm-common';
import { Route, Routes } from 'react-router-dom';
import { itsmApiRef } from '../../api/ItsmApi';
import { anIncident, mockItsmApi } from '../../testUtils/mockItsmApi';
import { IncidentPage } from './IncidentPage';

const user = userEvent.setup({ delay: null });

function event(overrides: Partial<TimelineEvent>): TimelineEvent {
  return {
    id: '1',
    recordId: 'id-1',
    kind: 'comment',
    actor: 'user:default/sam.agent',
    createdAt: new Date().toISOString(),
    data: {},
    visibility: 'public',
    ...overrides,
  };
}

function setup(incident: Incident, events: TimelineEvent[] = []) {
  const itsmApi = mockItsmApi();
  itsmApi.getIncident.mockResolvedValue(incident);
  itsmApi.getIncidentTimeline.mockResolvedValue({ items: events });
  itsmApi.listIncidentLinks.mockResolvedValue({ items: [] });
  const render = () =>
    renderInTestApp(
      <TestApiProvider
        apis={[
          [itsmApiRef, itsmApi],
          [catalogApiRef, catalogApiMock()],
        ]}
      >
        <Routes>
          <Route path="/incidents/:ref" element={<IncidentPage />} />
        </Routes>
      </TestApiProvider>,
      {
        routeEntries: [`/incidents/${incident.ref}`],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
  return { itsmApi, render };
}

const worker = { update: true, comment: true, workNote: true, respond: false };
const reporter = {
  update: false,
  comment: true,
  workNote: false,
  respond: true,
};

describe('IncidentPage', () => {
  it('shows the fields, the timeline with work notes marked, and the worker moves', async () => {
    const { render } = setup(
      anIncident({
        state: 'in_progress',
        category: 'software',
        allowed: worker,
      }),
      [
        event({ id: '1', data: { body: 'We are on it' } }),
        event({
          id: '2',
          data: { body: 'Suspect the LB' },
          visibility: 'work_note',
        }),
      ],
    );
    await render();
    expect(
      await screen.findByText('INC-1: Checkout fails'),
    ).toBeInTheDocument();
    expect(screen.getByText('Software failure')).toBeInTheDocument();
    expect(screen.getByText('Suspect the LB')).toBeInTheDocument();
    expect(
      screen.getByText('Work note', { selector: 'span' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Resolve' })).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Confirm resolution' }),
    ).toBeNull();
  });

  it('asks the reporter to confirm a resolution and offers them only replies', async () => {
    const { render } = setup(
      anIncident({ state: 'resolved', allowed: reporter }),
    );
    await render();
    await screen.findByText(/Please confirm the resolution/);
    expect(
      screen.getByRole('button', { name: 'Confirm resolution' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reopen' })).toBeInTheDocument();
    expect(screen.getByLabelText('Public reply')).toBeInTheDocument();
    expect(screen.queryByLabelText('Work note (agents only)')).toBeNull();
  });

  it('shows whoever does not work it no agent controls, and asks the reporter for the answer awaited', async () => {
    const { itsmApi, render } = setup(
      anIncident({
        state: 'on_hold',
        holdReason: 'caller',
        priority: 'P1',
        channel: 'phone',
        supportTier: 'L2',
        impact: 'high',
        allowed: reporter,
      }),
    );
    await render();
    await screen.findByText('INC-1: Checkout fails');
    expect(
      screen.getByText(/The service desk is waiting for your answer/),
    ).toBeInTheDocument();
    expect(screen.getByText('On hold')).toBeInTheDocument();
    expect(screen.getByLabelText('Public reply')).toBeInTheDocument();
    for (const control of [
      'Resume',
      'Cancel',
      'Escalate',
      'Raise priority',
      'Lower priority',
      'Declare major incident',
      'Log problem',
      'Add link',
    ]) {
      expect(screen.queryByRole('button', { name: control })).toBeNull();
    }
    expect(screen.queryByLabelText('Work note (agents only)')).toBeNull();
    // Neither the service level clocks nor the change correlation, with
    // its confirm and dismiss, nor the fields only agents read.
    expect(screen.queryByText('Possibly caused by')).toBeNull();
    expect(itsmApi.getIncidentSla).not.toHaveBeenCalled();
    expect(itsmApi.getIncidentChanges).not.toHaveBeenCalled();
    for (const agentField of ['Channel', 'Support tier', 'Impact']) {
      expect(screen.queryByText(agentField)).toBeNull();
    }
  });

  it('marks the sender of a mail the receiving server did not authenticate', async () => {
    const { render } = setup(
      anIncident({
        channel: 'email',
        reportedBy: 'service:external:mail-forwarder',
        unverifiedSender: 'grace.ceo@acme.example',
        allowed: worker,
      }),
    );
    await render();
    expect(
      await screen.findByText('Sender not verified: grace.ceo@acme.example'),
    ).toBeInTheDocument();
  });

  it('shows no mark for a verified reporter', async () => {
    const { render } = setup(anIncident({ allowed: worker }));
    await render();
    await screen.findByText('INC-1: Checkout fails');
    expect(screen.queryByText(/Sender not verified/)).toBeNull();
  });

  it('sends a work note as a work note', async () => {
    const incident = anIncident({ state: 'in_progress', allowed: worker });
    const { itsmApi, render } = setup(incident);
    itsmApi.commentOnIncident.mockResolvedValue(event({}));
    await render();
    await screen.findByText('INC-1: Checkout fails');
    await user.click(screen.getByLabelText('Work note (agents only)'));
    await user.click(screen.getByRole('textbox', { name: 'Work note' }));
    await user.paste('Restarted the pods');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(itsmApi.commentOnIncident).toHaveBeenCalledWith('INC-1', {
      body: 'Restarted the pods',
      visibility: 'work_note',
    });
  });

  it('sends the rating as a number when the reporter confirms', async () => {
    const incident = anIncident({ state: 'resolved', allowed: reporter });
    const { itsmApi, render } = setup(incident);
    itsmApi.transitionIncident.mockResolvedValue({
      ...incident,
      state: 'closed',
    });
    await render();
    await user.click(
      await screen.findByRole('button', { name: 'Confirm resolution' }),
    );
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /Rating/ }));
    await user.click(
      await screen.findByRole('option', { name: '4 - Satisfied' }),
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Confirm resolution' }),
    );
    expect(itsmApi.transitionIncident).toHaveBeenCalledWith('id-1', {
      action: 'close',
      version: 1,
      rating: 4,
    });
  });

  it('shows links as they read from this incident, and lets workers add one', async () => {
    const incident = anIncident({ state: 'in_progress', allowed: worker });
    const { itsmApi, render } = setup(incident);
    const end = (ref: string, title: string) => ({
      id: ref,
      ref,
      type: 'incident',
      title,
      state: 'new',
    });
    itsmApi.listIncidentLinks.mockResolvedValue({
      items: [
        {
          id: 'l1',
          kind: 'duplicates',
          source: end('id-1', 'Checkout fails'),
          target: end('INC-3', 'Payments down'),
          createdBy: 'user:default/sam.agent',
          createdAt: new Date().toISOString(),
        },
      ],
    });
    itsmApi.linkIncident.mockResolvedValue({} as any);
    await render();
    expect(await screen.findByText('INC-3: Payments down')).toBeInTheDocument();
    expect(screen.getByText('Duplicate of · New')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add link' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /Kind/ }));
    await user.click(
      await screen.findByRole('option', { name: 'Caused by (a change)' }),
    );
    await user.click(within(dialog).getByRole('textbox', { name: 'Record' }));
    await user.paste('CHG-7');
    await user.click(within(dialog).getByRole('button', { name: 'Link' }));
    expect(itsmApi.linkIncident).toHaveBeenCalledWith('INC-1', {
      target: 'CHG-7',
      kind: 'caused-by',
    });
  });
});
