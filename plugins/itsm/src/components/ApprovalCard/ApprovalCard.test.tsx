import { identityApiRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Change } from '@backstage-itsm/plugin-itsm-common';
import {
  NotificationsApi,
  notificationsApiRef,
} from '@backstage/plugin-notifications';
import { ApprovalCard } from './ApprovalCard';

const approval = {
  round: 2,
  requestedAt: '2026-12-01T10:00:00.000Z',
  status: 'pending' as const,
  groups: [
    {
      key: 'owners',
      label: 'Owners of the affected entities',
      rule: { kind: 'all' as const },
      approvers: ['group:default/payments-team'],
    },
  ],
  decisions: [],
};

const change = {
  id: 'chg-id-4',
  ref: 'CHG-4',
  title: 'Upgrade checkout to Node 22',
  state: 'awaiting_approval',
  reportedBy: 'user:default/pat.engineer',
  plan: [
    { title: 'Switch the load balancer', owner: 'user:default/paula.lead' },
  ],
  approval,
} as unknown as Change;

/** The approver's notifications: one unread, asking for their approval. */
function notificationsOf() {
  return {
    getNotifications: jest.fn(async () => ({
      notifications: [{ id: 'n-1' }],
      totalCount: 1,
    })),
    updateNotifications: jest.fn(async () => []),
  };
}

async function renderCard(
  record: Change,
  user: string,
  notifications = notificationsOf(),
) {
  const decide = jest.fn(async () => record);
  const identity = {
    getBackstageIdentity: async () => ({
      type: 'user' as const,
      userEntityRef: user,
      ownershipEntityRefs: [user, 'group:default/payments-team'],
    }),
    getProfileInfo: async () => ({}),
    getCredentials: async () => ({}),
    signOut: async () => {},
  };
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [identityApiRef, identity],
        [notificationsApiRef, notifications as unknown as NotificationsApi],
      ]}
    >
      <ApprovalCard
        recordType="change"
        record={record}
        decide={decide}
        onChanged={jest.fn()}
      />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return decide;
}

describe('ApprovalCard', () => {
  it('says what the approval covers and lets an approver decide', async () => {
    const decide = await renderCard(change, 'user:default/olga.owner');
    expect(
      screen.getByText(/Covers its affected entities, window, change type/),
    ).toBeInTheDocument();
    fireEvent.click(await screen.findByRole('button', { name: 'Approve' }));
    fireEvent.click(
      (await screen.findAllByRole('button', { name: 'Approve' })).at(-1)!,
    );
    await waitFor(() =>
      expect(decide).toHaveBeenCalledWith('chg-id-4', { decision: 'approve' }),
    );
  });

  it("closes the approver's notifications about the change once they decide", async () => {
    const notifications = notificationsOf();
    await renderCard(change, 'user:default/olga.owner', notifications);
    fireEvent.click(await screen.findByRole('button', { name: 'Approve' }));
    expect(notifications.updateNotifications).not.toHaveBeenCalled();
    fireEvent.click(
      (await screen.findAllByRole('button', { name: 'Approve' })).at(-1)!,
    );
    await waitFor(() =>
      expect(notifications.updateNotifications).toHaveBeenCalledWith({
        ids: ['n-1'],
        read: true,
      }),
    );
    expect(notifications.getNotifications).toHaveBeenCalledWith({
      topic: 'CHG-4',
      read: false,
    });
  });

  it('tells someone who will implement the change why they may not decide, with no buttons', async () => {
    await renderCard(change, 'user:default/paula.lead');
    expect(
      await screen.findByText(
        'You will implement CHG-4, so you may not approve or reject it (segregation of duties)',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
  });

  it('shows a standard change as approved in advance by its template', async () => {
    await renderCard(
      {
        ...change,
        state: 'scheduled',
        approval: {
          ...approval,
          status: 'approved',
          groups: [],
          preApproved: { template: 'restart-pod' },
        },
      } as Change,
      'user:default/olga.owner',
    );
    expect(
      screen.getByText(
        /approved in advance by its template \(\s*restart-pod\)/,
      ),
    ).toBeInTheDocument();
  });
});
