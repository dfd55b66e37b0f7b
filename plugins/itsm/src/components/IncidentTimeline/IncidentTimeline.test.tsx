import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { TimelineEvent } from '@backstage-itsm/plugin-itsm-common';
import { fieldLabel, IncidentTimeline } from './IncidentTimeline';

const event = (
  kind: TimelineEvent['kind'],
  data: Record<string, unknown>,
): TimelineEvent =>
  ({
    id: kind,
    kind,
    actor: 'itsm:auto-close',
    visibility: 'public',
    createdAt: '2026-11-29T10:00:00.000Z',
    data,
  } as TimelineEvent);

describe('IncidentTimeline', () => {
  it('names changed fields in words, not by their keys', async () => {
    await renderInTestApp(
      <IncidentTimeline
        events={[
          event('updated', {
            changes: [
              { field: 'assignmentGroup', from: null, to: 'group:default/dba' },
              { field: 'rootCause', from: null, to: 'recorded' },
            ],
          }),
          event('transition', {
            action: 'hold',
            from: 'in_progress',
            to: 'on_hold',
            holdReason: 'vendor',
          }),
          event('transition', {
            action: 'start_rollout',
            from: 'ready',
            to: 'rolling_out',
            rolloutOverride: 'Tariff errors cost money every hour',
          }),
        ]}
      />,
    );
    expect(
      screen.getByText(/assignment group: — → group:default\/dba/),
    ).toBeInTheDocument();
    expect(screen.getByText(/root cause: — → recorded/)).toBeInTheDocument();
    expect(screen.getByText(/hold reason: vendor/)).toBeInTheDocument();
    expect(
      screen.getByText(/rollout override: Tariff errors cost money/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/holdReason|rootCause/)).not.toBeInTheDocument();
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
      'logged this for erin.employee (phone, P3)',
    );
    expect(
      within(forCaller).getByRole('link', { name: 'erin.employee' }),
    ).toHaveAttribute('href', expect.stringContaining('/user/erin.employee'));
    expect(forCaller).not.toHaveTextContent('reported it');
    expect(own).toHaveTextContent('reported it (P2)');
  });

  it('spells keys as words', () => {
    expect(fieldLabel('entityRefs')).toBe('affected entities');
    expect(fieldLabel('plannedStart')).toBe('planned start');
    expect(fieldLabel('title')).toBe('title');
  });
});
