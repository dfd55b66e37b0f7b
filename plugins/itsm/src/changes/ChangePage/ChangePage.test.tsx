import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { expectPlainWords } from '../../testUtils/rawValuesIn';
import { identityApiRef } from '@backstage/core-plugin-api';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { Change, RecordLink } from '@backstage-itsm/plugin-itsm-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import {
  aChange,
  aResponseError,
  mockItsmApi,
} from '../../testUtils/mockItsmApi';
import { ChangePage } from './ChangePage';

const awaiting = aChange({
  state: 'awaiting_approval',
  version: 5,
  risk: { level: 'high', computed: 'high', score: 9 },
  allowed: { update: false, comment: true, workNote: false, respond: false },
  approval: {
    round: 1,
    requestedAt: '2026-11-28T10:00:00.000Z',
    status: 'pending',
    groups: [
      {
        key: 'owners',
        label: 'Owners of the affected entities',
        rule: { kind: 'all' },
        approvers: ['group:default/payments-team'],
      },
      {
        key: 'cab',
        label: 'Change Advisory Board',
        rule: { kind: 'quorum', count: 2 },
        approvers: ['user:default/olivia.ops', 'user:default/dan.dba'],
      },
    ],
    decisions: [
      {
        group: 'cab',
        approver: 'user:default/olivia.ops',
        decidedBy: 'user:default/olivia.ops',
        decision: 'approve',
        comment: 'Fine by me',
        decidedAt: '2026-11-28T10:05:00.000Z',
      },
    ],
  },
});

async function renderPage(
  change: Change,
  user: string,
  groups: string[] = [],
  links: RecordLink[] = [],
) {
  const api = mockItsmApi();
  api.getChange.mockResolvedValue(change);
  api.getChangeTimeline.mockResolvedValue({ items: [] });
  api.listChangeLinks.mockResolvedValue({ items: links });
  const identity = {
    getBackstageIdentity: async () => ({
      type: 'user' as const,
      userEntityRef: user,
      ownershipEntityRefs: [user, ...groups],
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
        <Route path="/changes/:ref" element={<ChangePage />} />
      </Routes>
    </TestApiProvider>,
    {
      routeEntries: [`/changes/${change.ref}`],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/': rootRouteRef,
      },
    },
  );
  return api;
}

describe('ChangePage', () => {
  it('lists the releases the change is linked to, such as those it authorises', async () => {
    await renderPage(
      awaiting,
      'user:default/dan.dba',
      [],
      [
        {
          id: 'link-1',
          kind: 'relates-to',
          source: {
            id: 'rel-id-3',
            ref: 'REL-3',
            type: 'release',
            title: 'Checkout 2.4.1',
            state: 'approved',
          },
          target: {
            id: awaiting.id,
            ref: awaiting.ref,
            type: 'change',
            title: awaiting.title,
            state: awaiting.state,
          },
          createdBy: 'user:default/rita.release',
          createdAt: '2026-11-28T10:00:00.000Z',
        },
      ],
    );
    expect(await screen.findByText('REL-3')).toBeInTheDocument();
    expect(screen.getByText('Checkout 2.4.1')).toBeInTheDocument();
  });

  it('shows each approval group with its rule and decisions, and lets a CAB member who has not decided approve', async () => {
    const api = await renderPage(awaiting, 'user:default/dan.dba');
    api.decideChange.mockResolvedValue({
      ...awaiting,
      state: 'scheduled',
      version: 6,
    });
    const cab = await screen.findByTestId('approval-cab');
    expect(cab).toHaveTextContent('Pending · 1/2');
    expect(cab).toHaveTextContent('2 of 2 must approve');
    expect(cab).toHaveTextContent('approved');
    expect(cab).toHaveTextContent('Fine by me');
    expect(screen.getByTestId('approval-owners')).toHaveTextContent(
      'every one must approve',
    );
    // People, groups, states and risk in words, never as stored.
    expect(
      screen.getByText('questionnaire: High (score 9)'),
    ).toBeInTheDocument();
    expectPlainWords();
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Comment'), {
      target: { value: 'Go' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Approve' }));
    await waitFor(() =>
      expect(api.decideChange).toHaveBeenCalledWith('chg-id-1', {
        decision: 'approve',
        comment: 'Go',
      }),
    );
    expect(await screen.findByText('Scheduled')).toBeInTheDocument();
  });

  it('offers no decision to the requester, though their team owns the entity', async () => {
    await renderPage(awaiting, 'user:default/jane');
    await screen.findByTestId('approval-cab');
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
  });

  it('offers no decision to someone who already decided', async () => {
    await renderPage(awaiting, 'user:default/olivia.ops');
    await screen.findByTestId('approval-cab');
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
  });

  it('offers the moves of the workflow table for the model and the caller, asking for the fields a move needs', async () => {
    const implementing = aChange({
      state: 'implementing',
      model: 'emergency',
      allowed: { update: true, comment: true, workNote: true, respond: true },
    });
    const api = await renderPage(implementing, 'user:default/jane');
    await screen.findByTestId('header-title');
    // An emergency change is reviewed before it closes: no direct close.
    expect(
      screen.getByRole('button', { name: 'Complete, to review' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Close' })).toBeNull();
    api.transitionChange.mockResolvedValue({
      ...implementing,
      state: 'review',
      version: 2,
    });
    fireEvent.click(
      screen.getByRole('button', { name: 'Complete, to review' }),
    );
    // `complete` has an optional comment, so it asks first.
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Complete, to review' }),
    );
    await waitFor(() =>
      expect(api.transitionChange).toHaveBeenCalledWith('chg-id-1', {
        action: 'complete',
        version: 1,
      }),
    );
    expect(
      await screen.findByRole('button', { name: 'Close with review' }),
    ).toBeInTheDocument();
  });

  it('shows the request: model, type, risk and window', async () => {
    await renderPage(
      aChange({
        allowed: {
          update: false,
          comment: false,
          workNote: false,
          respond: true,
        },
      }),
      'user:default/jane',
    );
    await screen.findByTestId('header-title');
    expect(screen.getByText('Normal')).toBeInTheDocument();
    expect(
      screen.getByText('System (software, hardware, network)'),
    ).toBeInTheDocument();
    expect(screen.getByText('Low risk')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit' })).toBeInTheDocument();
    expect(screen.getByText(/This change is a draft/)).toBeInTheDocument();
  });

  it('asks for a justification when a submission falls in a freeze, and submits with it', async () => {
    const draft = aChange({
      allowed: { update: false, comment: true, workNote: false, respond: true },
    });
    const api = await renderPage(draft, 'user:default/jane');
    api.transitionChange
      .mockReturnValueOnce(
        aResponseError(
          400,
          'InputError',
          "freezeOverride: the window of CHG-1 falls in the freeze 'Year end' (2026-12-20T00:00:00.000Z to 2027-01-03T00:00:00.000Z); move the window, or give freezeOverride with the reason it must happen then",
        ).then(e => Promise.reject(e)),
      )
      .mockResolvedValueOnce({
        ...draft,
        state: 'submitted',
        version: 2,
        conflicts: [
          {
            kind: 'freeze',
            name: 'Year end',
            start: '2026-12-20T00:00:00.000Z',
            end: '2027-01-03T00:00:00.000Z',
          },
        ],
        freezeOverride: {
          justification: 'Card scheme mandate',
          by: 'user:default/jane',
          at: '2026-11-28T10:00:00.000Z',
          freezes: ['Year end@2026-12-20T00:00:00.000Z'],
        },
      });
    fireEvent.click(await screen.findByRole('button', { name: 'Submit' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent("falls in the freeze 'Year end'");
    fireEvent.change(within(dialog).getByLabelText(/Why it must happen then/), {
      target: { value: 'Card scheme mandate' },
    });
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Submit anyway' }),
    );
    await waitFor(() =>
      expect(api.transitionChange).toHaveBeenLastCalledWith('chg-id-1', {
        action: 'submit',
        version: 1,
        freezeOverride: 'Card scheme mandate',
      }),
    );
    const conflicts = await screen.findByTestId('change-conflicts');
    expect(conflicts).toHaveTextContent('In a freeze');
    expect(conflicts).toHaveTextContent(
      /Overridden by .*jane.*: Card scheme mandate/,
    );
  });

  it('lets the requester tick off plan steps while implementing', async () => {
    const implementing = aChange({
      state: 'implementing',
      version: 7,
      plan: [{ title: 'Roll out', done: false }],
      allowed: { update: false, comment: true, workNote: false, respond: true },
    });
    const api = await renderPage(implementing, 'user:default/jane');
    api.updateChangeStep.mockResolvedValue({
      ...implementing,
      version: 8,
      plan: [
        {
          title: 'Roll out',
          done: true,
          doneAt: new Date().toISOString(),
          doneBy: 'user:default/jane',
        },
      ],
    });
    const box = await screen.findByRole('checkbox', { name: 'Step 1 done' });
    fireEvent.click(box);
    await waitFor(() =>
      expect(api.updateChangeStep).toHaveBeenCalledWith('chg-id-1', {
        index: 0,
        done: true,
        version: 7,
      }),
    );
    await waitFor(() =>
      expect(
        screen.getByRole('checkbox', { name: 'Step 1 done' }),
      ).toBeChecked(),
    );
  });

  it('keeps the steps read-only before implementation', async () => {
    await renderPage(aChange({ state: 'scheduled' }), 'user:default/jane');
    expect(
      await screen.findByRole('checkbox', { name: 'Step 1 done' }),
    ).toBeDisabled();
  });
});
