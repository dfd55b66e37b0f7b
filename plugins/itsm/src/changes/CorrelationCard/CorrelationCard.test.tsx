import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { Correlation } from '@backstage-itsm/plugin-itsm-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { CorrelationCard } from './CorrelationCard';

const incident = {
  id: 'inc-5',
  ref: 'INC-5',
  type: 'incident',
  title: 'Checkout returns 500',
  state: 'new',
  priority: 'P2',
  createdAt: '2026-12-02T21:10:00.000Z',
  entityRefs: ['component:default/checkout-service'],
};
const suggested: Correlation = {
  suggested: [incident],
  confirmed: [],
  dismissed: [],
};

describe('CorrelationCard', () => {
  it('on a change, lets an agent confirm that an incident was caused by it', async () => {
    const api = mockItsmApi();
    api.getChangeIncidents.mockResolvedValue(suggested);
    api.decideChangeIncident.mockResolvedValue({
      suggested: [],
      confirmed: [incident],
      dismissed: [],
    });
    await renderInTestApp(
      <TestApiProvider apis={[[itsmApiRef, api]]}>
        <CorrelationCard change={{ id: 'chg-1', ref: 'CHG-1' }} />
      </TestApiProvider>,
      { mountedRoutes: { '/itsm': rootRouteRef } },
    );
    const list = await screen.findByRole('list', { name: 'Suggested' });
    expect(within(list).getByRole('link', { name: 'INC-5' })).toHaveAttribute(
      'href',
      '/itsm/incidents/INC-5',
    );
    fireEvent.click(within(list).getByRole('button', { name: 'Confirm' }));
    await waitFor(() =>
      expect(api.decideChangeIncident).toHaveBeenCalledWith('chg-1', {
        incident: 'INC-5',
        decision: 'confirm',
      }),
    );
    expect(
      await screen.findByRole('list', {
        name: 'Confirmed: caused by the change',
      }),
    ).toHaveTextContent('INC-5');
  });

  it('on an incident, lists the changes that may have caused it and says so when there are none', async () => {
    const api = mockItsmApi();
    api.getIncidentChanges.mockResolvedValue({
      suggested: [],
      confirmed: [],
      dismissed: [],
    });
    await renderInTestApp(
      <TestApiProvider apis={[[itsmApiRef, api]]}>
        <CorrelationCard incident={{ id: 'inc-9', ref: 'INC-9' }} />
      </TestApiProvider>,
      { mountedRoutes: { '/itsm': rootRouteRef } },
    );
    expect(
      await screen.findByText(
        'No change was carried out on its entities just before it was opened.',
      ),
    ).toBeInTheDocument();
    expect(api.getIncidentChanges).toHaveBeenCalledWith('inc-9');
  });

  it('shows the refusal of someone who may not decide', async () => {
    const api = mockItsmApi();
    api.getIncidentChanges.mockResolvedValue({
      suggested: [
        {
          id: 'chg-1',
          ref: 'CHG-1',
          type: 'change',
          title: 'Upgrade checkout',
          state: 'implementing',
          priority: 'P4',
          createdAt: '2026-12-01T10:00:00.000Z',
          entityRefs: [],
          window: {
            start: '2026-12-02T20:00:00.000Z',
            end: '2026-12-02T22:00:00.000Z',
          },
        },
      ],
      confirmed: [],
      dismissed: [],
    });
    api.decideChangeIncident.mockRejectedValue(
      new Error('Only those who work INC-5 may say whether CHG-1 caused it'),
    );
    await renderInTestApp(
      <TestApiProvider apis={[[itsmApiRef, api]]}>
        <CorrelationCard incident={{ id: 'inc-5', ref: 'INC-5' }} />
      </TestApiProvider>,
      { mountedRoutes: { '/itsm': rootRouteRef } },
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Dismiss' }));
    expect(
      await screen.findByText(/Only those who work INC-5 may say/),
    ).toBeInTheDocument();
    expect(api.decideChangeIncident).toHaveBeenCalledWith('chg-1', {
      incident: 'INC-5',
      decision: 'dismiss',
    });
  });
});
