import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { identityApiRef } from '@backstage/core-plugin-api';
import {
  MockPermissionApi,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  ImprovementEffect,
  ImprovementItem,
} from '@backstage-itsm/plugin-itsm-common';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { SWRConfig } from 'swr';
import { Route, Routes } from 'react-router-dom';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { ImprovementItemPage } from './ImprovementItemPage';

const wes = 'user:default/wes.web';
const iris = 'user:default/iris.improvement';

function anItem(overrides: Partial<ImprovementItem> = {}): ImprovementItem {
  return {
    id: 'i-1',
    ref: 'IMP-4',
    type: 'improvement',
    version: 1,
    state: 'proposed',
    title: 'Runbook for the checkout timeout',
    description: 'The desk escalates every checkout timeout to L2',
    priority: 'P3',
    entityRefs: ['component:default/checkout-service'],
    owner: 'group:default/payments-team',
    assignmentGroup: 'group:default/payments-team',
    source: 'post-incident-review',
    sourceRef: 'INC-12',
    indicatorId: 'incident-escalation-rate',
    baseline: 42,
    target: 20,
    dueDate: '2027-03-31',
    reportedBy: wes,
    createdBy: wes,
    createdAt: '2026-12-01T10:00:00Z',
    updatedAt: '2026-12-01T10:00:00Z',
    allowed: { update: true, comment: true, workNote: true, respond: false },
    approval: {
      round: 1,
      requestedAt: '2026-12-01T10:00:00Z',
      groups: [
        {
          key: 'improvement-approvers',
          label: "The owning group's lead or an improvement manager",
          rule: { kind: 'any' },
          approvers: ['user:default/paula.lead', 'itsm.improvement.manage'],
        },
      ],
      decisions: [],
      status: 'pending',
    },
    ...overrides,
  } as ImprovementItem;
}

async function renderPage(
  item: ImprovementItem,
  options: {
    user?: string;
    manager?: boolean;
    effect?: ImprovementEffect;
  } = {},
) {
  const api = mockItsmApi();
  api.getImprovementRecord.mockResolvedValue(item);
  api.getImprovementTimeline.mockResolvedValue({ items: [] });
  if (options.effect)
    api.getImprovementEffect.mockResolvedValue(options.effect);
  const user = options.user ?? iris;
  const identity = {
    getBackstageIdentity: async () => ({
      type: 'user' as const,
      userEntityRef: user,
      ownershipEntityRefs: [user],
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
        [
          permissionApiRef,
          new MockPermissionApi(() =>
            options.manager === false
              ? AuthorizeResult.DENY
              : AuthorizeResult.ALLOW,
          ),
        ],
      ]}
    >
      {/* A cache of its own, so one test's permission answers no other's. */}
      <SWRConfig value={{ provider: () => new Map() }}>
        <Routes>
          <Route
            path="/itsm/improvements/:ref"
            element={<ImprovementItemPage />}
          />
        </Routes>
      </SWRConfig>
    </TestApiProvider>,
    {
      routeEntries: [`/itsm/improvements/${item.ref}`],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/itsm': rootRouteRef,
      },
    },
  );
  await screen.findByTestId('header-title');
  return api;
}

describe('ImprovementItemPage', () => {
  it('shows the item with its source linked and the indicator from baseline to target', async () => {
    await renderPage(anItem(), { manager: false, user: wes });
    expect(screen.getByText(/^Post-incident review/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'INC-12' })).toHaveAttribute(
      'href',
      '/itsm/incidents/INC-12',
    );
    expect(
      screen.getByText('Escalation rate (§3.3.3)', { exact: false }),
    ).toBeInTheDocument();
    expect(screen.getByText('42 % → 20 %')).toBeInTheDocument();
  });

  it('tells the proposer why they may not approve it', async () => {
    await renderPage(anItem(), { user: wes });
    expect(
      screen.getByText(
        'You proposed IMP-4, so you may not approve or reject it (segregation of duties)',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
  });

  it('lets an improvement manager approve it', async () => {
    const api = await renderPage(anItem(), { user: iris, manager: true });
    expect(screen.getByText(/improvement managers/)).toBeInTheDocument();
    api.decideImprovementApproval.mockResolvedValue(
      anItem({ state: 'approved', version: 2 }),
    );
    fireEvent.click(
      await screen.findByRole('button', { name: 'Approve' }, { timeout: 5000 }),
    );
    // The dialog's own Approve (the page behind it is hidden from roles).
    fireEvent.click(await screen.findByRole('button', { name: 'Approve' }));
    await waitFor(() =>
      expect(api.decideImprovementApproval).toHaveBeenCalledWith('IMP-4', {
        decision: 'approve',
      }),
    );
  });

  it('keeps an approved item to its approval and offers to resubmit it, with the reason', async () => {
    const approval = {
      ...anItem().approval!,
      status: 'approved' as const,
      decisions: [
        {
          group: 'improvement-approvers',
          approver: 'user:default/paula.lead',
          decidedBy: 'user:default/paula.lead',
          decision: 'approve' as const,
          decidedAt: '2026-12-02T10:00:00Z',
        },
      ],
    };
    const item = anItem({ state: 'in_progress', version: 3, approval });
    const api = await renderPage(item, { user: wes });
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(
      screen.getByText(/Its approval covers its owner, .*target, due date/),
    ).toBeInTheDocument();
    api.transitionImprovementRecord.mockResolvedValue(
      anItem({ state: 'proposed', version: 4 }),
    );
    fireEvent.click(
      screen.getByRole('button', { name: 'Resubmit for approval' }),
    );
    const submit = await screen.findByRole('button', {
      name: 'Resubmit for approval',
    });
    expect(submit).toBeDisabled();
    fireEvent.change(screen.getByLabelText(/Reason/), {
      target: { value: 'The desk needs until June' },
    });
    fireEvent.click(submit);
    await waitFor(() =>
      expect(api.transitionImprovementRecord).toHaveBeenCalledWith(
        'improvement',
        'IMP-4',
        {
          action: 'resubmit',
          version: 3,
          reason: 'The desk needs until June',
        },
      ),
    );
  });

  it('lets those who work a proposed item edit it, and says what its approval will cover', async () => {
    await renderPage(anItem(), { user: wes });
    expect(screen.getByRole('button', { name: 'Edit' })).toBeInTheDocument();
    expect(
      screen.getByText(
        /It covers its owner, scope \(affected entities\), expected benefit, indicator, baseline, target, due date; once approved/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Resubmit for approval' }),
    ).toBeNull();
  });

  it('shows the measured effect in evaluation', async () => {
    const effect: ImprovementEffect = {
      indicatorId: 'incident-escalation-rate',
      scope: { kind: 'service', ref: 'component:default/checkout-service' },
      from: '2026-10-01T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
      baseline: 42,
      target: 20,
      value: 18,
      sample: 30,
      series: [
        { period: '2026-10', value: 25 },
        { period: '2026-11', value: 15 },
      ],
      reachedTarget: true,
      trend: 'better',
    };
    const item = anItem({
      state: 'evaluating',
      startedAt: '2026-10-03T09:00:00Z',
    });
    const api = await renderPage(item, { effect });
    expect(api.getImprovementEffect).toHaveBeenCalledWith('IMP-4');
    expect(await screen.findByTestId('effect-value')).toHaveTextContent('18 %');
    expect(
      screen.getByText(
        /It reached its target, and moved the right way from the baseline/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByTestId('effect-chart')).toBeInTheDocument();
  });
});
