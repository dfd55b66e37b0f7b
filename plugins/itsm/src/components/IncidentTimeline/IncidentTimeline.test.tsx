import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { TimelineEvent } from '@backstage-itsm/plugin-itsm-common';
import { expectPlainWords } from '../../testUtils/rawValuesIn';
import { IncidentTimeline } from './IncidentTimeline';

const event = (
  kind: TimelineEvent['kind'],
  data: Record<string, unknown>,
  id: string = kind,
): TimelineEvent =>
  ({
    id,
    kind,
    actor: 'user:default/sam.agent',
    visibility: 'public',
    createdAt: '2026-11-29T10:00:00.000Z',
    data,
  } as TimelineEvent);

const mountedRoutes = {
  mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
};

describe('IncidentTimeline', () => {
  it('tells moves, people and values in words, not by their stored values', async () => {
    await renderInTestApp(
      <IncidentTimeline
        events={[
          event('transition', {
            action: 'accept',
            from: 'new',
            to: 'accepted',
            assignee: 'user:default/sam.agent',
            category: 'software',
          }),
          event(
            'transition',
            {
              action: 'hold',
              from: 'in_progress',
              to: 'on_hold',
              holdReason: 'vendor',
            },
            'hold',
          ),
          event('updated', {
            changes: [
              { field: 'assignmentGroup', from: null, to: 'group:default/dba' },
              { field: 'rootCause', from: null, to: 'recorded' },
            ],
          }),
          event('escalated', {
            type: 'hierarchical',
            status: 'requested',
            lead: 'user:default/paula.lead',
            from: 'P3',
            priority: 'P2',
            reason: 'Payments are down',
          }),
        ]}
      />,
      mountedRoutes,
    );
    const accept = screen.getAllByTestId('timeline-transition')[0];
    expect(accept).toHaveTextContent('Accept: New → Accepted');
    expect(accept).toHaveTextContent('Assignee: sam.agent');
    expect(accept).toHaveTextContent('Category: Software failure');
    expect(
      screen.getAllByRole('link', { name: 'sam.agent' })[0],
    ).toHaveAttribute('href', expect.stringContaining('/user/sam.agent'));
    expect(
      screen.getByText(/Hold reason: Waiting for a vendor/),
    ).toBeInTheDocument();
    expect(screen.getByTestId('timeline-updated')).toHaveTextContent(
      'Assignment group: — → dba',
    );
    expect(screen.getByTestId('timeline-updated')).toHaveTextContent(
      'Root cause: — → Recorded',
    );
    expect(screen.getByTestId('timeline-escalated')).toHaveTextContent(
      'asked paula.lead to raise the priority from P3 to P2',
    );
    expectPlainWords();
  });

  it("speaks in the record type's workflow: a release's moves and phases", async () => {
    await renderInTestApp(
      <IncidentTimeline
        recordType="release"
        events={[
          event('transition', {
            action: 'start_rollout',
            from: 'ready',
            to: 'rolling_out',
            rolloutOverride: 'Tariff errors cost money every hour',
          }),
          event('updated', {
            changes: [
              { field: 'phase canary', from: 'pending', to: 'in_progress' },
            ],
          }),
          event('approval', {
            decision: 'approve',
            groups: ['owners', 'cab'],
            from: 'awaiting_approval',
            to: 'approved',
          }),
        ]}
      />,
      mountedRoutes,
    );
    expect(screen.getByTestId('timeline-transition')).toHaveTextContent(
      'Start rollout: Ready (package audited) → Rolling out',
    );
    expect(screen.getByTestId('timeline-transition')).toHaveTextContent(
      'Rollout override: Tariff errors cost money every hour',
    );
    expect(screen.getByTestId('timeline-updated')).toHaveTextContent(
      'Phase canary: Pending → In progress',
    );
    expect(screen.getByTestId('timeline-approval')).toHaveTextContent(
      'approved (Owners of the affected entities, Change Advisory Board)',
    );
    expectPlainWords();
  });

  it('says an agent logged a record for its caller, and how it came in', async () => {
    await renderInTestApp(
      <IncidentTimeline
        events={[
          {
            ...event('created', {
              state: 'new',
              priority: 'P3',
              reportedBy: 'user:default/erin.employee',
              channel: 'phone',
            }),
            id: 'for-caller',
            actor: 'user:default/sam.agent',
          },
          {
            ...event('created', { state: 'new', priority: 'P2' }),
            id: 'own',
            actor: 'user:default/pat.engineer',
          },
        ]}
      />,
      {
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
    const [forCaller, own] = screen.getAllByTestId('timeline-created');
    // The agent did it; the caller is who it is for.
    expect(
      within(forCaller).getByRole('link', { name: 'sam.agent' }),
    ).toBeInTheDocument();
    expect(forCaller).toHaveTextContent(
      'logged this for erin.employee (Phone, P3)',
    );
    expect(
      within(forCaller).getByRole('link', { name: 'erin.employee' }),
    ).toHaveAttribute('href', expect.stringContaining('/user/erin.employee'));
    expect(forCaller).not.toHaveTextContent('reported it');
    expect(own).toHaveTextContent('reported it (P2)');
  });

  it("tells a business impact analysis's ratings and objectives in words, not as stored", async () => {
    await renderInTestApp(
      <IncidentTimeline
        recordType="impact-analysis"
        events={[
          event('updated', {
            changes: [
              {
                field: 'impacts',
                from: [],
                to: [
                  { category: 'financial', afterMinutes: 60, rating: 4 },
                  { category: 'legal', afterMinutes: 1440, rating: 2 },
                ],
              },
              { field: 'rtoMinutes', from: null, to: 1 },
              { field: 'mtpdMinutes', from: 240, to: 60 },
            ],
          }),
        ]}
      />,
      mountedRoutes,
    );
    const updated = screen.getByTestId('timeline-updated');
    expect(updated).toHaveTextContent(
      'Impacts: — → Financial after 1 h: 4 Major, Legal and regulatory after 1 d: 2 Minor',
    );
    expect(updated).toHaveTextContent('RTO: — → 1 min');
    expect(updated).toHaveTextContent('MTPD: 4 h → 1 h');
    expect(updated).not.toHaveTextContent('afterMinutes');
  });
});
