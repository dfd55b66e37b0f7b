import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  catalogApiRef,
  entityPresentationApiRef,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  MockPermissionApi,
  TestApiProvider,
  renderInTestApp,
} from '@backstage/test-utils';
import { Incident } from '@backstage-itsm/plugin-itsm-common';
import { SWRConfig } from 'swr';
import { itsmApiRef, ListIncidentsOptions } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import { anIncident, mockItsmApi } from '../../testUtils/mockItsmApi';
import { MyRequestsPage } from './MyRequestsPage';

const user = userEvent.setup({ delay: null });

const reporter = {
  update: false,
  comment: true,
  workNote: false,
  respond: true,
};

/** The catalog titles the portal shows entities by. */
const titles: Record<string, string> = {
  'component:default/checkout-service': 'Checkout Service',
  'resource:default/vpn-gateway': 'VPN Gateway',
};
const entityPresentationApi = {
  forEntity: (ref: string) => {
    const snapshot = { entityRef: ref, primaryTitle: titles[ref] ?? ref };
    return { snapshot, promise: Promise.resolve(snapshot) };
  },
};

function setup(open: Incident[], closed: Incident[] = []) {
  const itsmApi = mockItsmApi();
  itsmApi.listIncidents.mockImplementation(
    async (options: ListIncidentsOptions = {}) => ({
      items: options.state?.includes('closed') ? closed : open,
    }),
  );
  const render = () =>
    renderInTestApp(
      <TestApiProvider
        apis={[
          [itsmApiRef, itsmApi],
          [catalogApiRef, catalogApiMock()],
          [entityPresentationApiRef, entityPresentationApi],
          [permissionApiRef, new MockPermissionApi(() => AuthorizeResult.DENY)],
        ]}
      >
        <SWRConfig value={{ provider: () => new Map() }}>
          <MyRequestsPage />
        </SWRConfig>
      </TestApiProvider>,
      {
        mountedRoutes: {
          '/itsm': rootRouteRef,
          '/catalog/:namespace/:kind/:name': entityRouteRef,
        },
      },
    );
  return { itsmApi, render };
}

const section = (title: string) =>
  screen
    .getByText(title, { selector: 'h2 *, h2, h3, h4, span' })
    .closest('.MuiCard-root') as HTMLElement;

describe('MyRequestsPage', () => {
  it('lists what I reported or was reported for me, open and closed, with states in words and services by title', async () => {
    const { itsmApi, render } = setup(
      [
        anIncident({
          id: 'a',
          ref: 'INC-7',
          title: 'VPN drops',
          state: 'in_progress',
          entityRefs: ['resource:default/vpn-gateway'],
          allowed: reporter,
        }),
      ],
      [
        anIncident({
          id: 'b',
          ref: 'INC-3',
          title: 'Checkout is slow',
          state: 'closed',
          entityRefs: ['component:default/checkout-service'],
          allowed: reporter,
        }),
      ],
    );
    await render();

    const open = await screen.findByTestId('request-INC-7');
    expect(open).toHaveTextContent('VPN drops');
    expect(open).toHaveTextContent('In progress');
    expect(open).toHaveTextContent('VPN Gateway');
    expect(open).toHaveTextContent('Nothing: it is being worked on');
    const closed = screen.getByTestId('request-INC-3');
    expect(closed).toHaveTextContent('Closed');
    expect(closed).toHaveTextContent('Checkout Service');
    expect(within(section('Closed')).getByText('INC-3')).toBeInTheDocument();
    expect(within(section('Open')).getByText('INC-7')).toBeInTheDocument();

    const queries = itsmApi.listIncidents.mock.calls.map(([o]) => o);
    expect(queries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          reportedBy: ['me'],
          state: ['new', 'accepted', 'in_progress', 'on_hold', 'resolved'],
          sort: 'updated',
        }),
        expect.objectContaining({
          reportedBy: ['me'],
          state: ['closed', 'cancelled'],
        }),
      ]),
    );
  });

  it('asks me to confirm a resolution, a click away, and moves it to Closed once confirmed', async () => {
    const resolved = anIncident({
      id: 'r',
      ref: 'INC-9',
      state: 'resolved',
      allowed: reporter,
    });
    const { itsmApi, render } = setup([resolved]);
    await render();

    const row = await screen.findByTestId('request-INC-9');
    expect(row).toHaveTextContent('Resolved');
    expect(row).toHaveTextContent('Confirm the resolution');
    // Confirming is what it waits for; reopening is the other answer.
    expect(
      within(row)
        .getAllByRole('button')
        .map(b => b.textContent),
    ).toEqual(['Confirm resolution', 'Reopen']);

    itsmApi.transitionIncident.mockResolvedValue({
      ...resolved,
      state: 'closed',
    });
    itsmApi.listIncidents.mockImplementation(async (options = {}) => ({
      items: options.state?.includes('closed')
        ? [{ ...resolved, state: 'closed' }]
        : [],
    }));
    await user.click(
      within(row).getByRole('button', { name: 'Confirm resolution' }),
    );
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /Confirm/ }));

    await waitFor(() =>
      expect(itsmApi.transitionIncident).toHaveBeenCalledWith(
        'r',
        expect.objectContaining({ action: 'close', version: 1 }),
      ),
    );
    await waitFor(() =>
      expect(within(section('Closed')).getByText('INC-9')).toBeInTheDocument(),
    );
  });

  it("asks me to answer the agent's question when it waits for me, with a link to answer", async () => {
    const { render } = setup([
      anIncident({
        id: 'h',
        ref: 'INC-4',
        state: 'on_hold',
        holdReason: 'caller',
        allowed: reporter,
      }),
      anIncident({
        id: 'v',
        ref: 'INC-5',
        state: 'on_hold',
        holdReason: 'vendor',
        allowed: reporter,
      }),
    ]);
    await render();

    const mine = await screen.findByTestId('request-INC-4');
    expect(mine).toHaveTextContent("Answer the agent's question");
    expect(within(mine).getByText('Answer').closest('a')).toHaveAttribute(
      'href',
      '/itsm/incidents/INC-4',
    );
    const vendor = screen.getByTestId('request-INC-5');
    expect(vendor).toHaveTextContent('Nothing: waiting for a vendor');
    expect(within(vendor).queryByText('Answer')).toBeNull();
  });

  it('says when there is nothing, and reports a problem in plain words', async () => {
    const { itsmApi, render } = setup([]);
    await render();
    expect(
      await screen.findByText(/Nothing open\. When something does not work/),
    ).toBeInTheDocument();
    expect(screen.getByText('Nothing closed yet.')).toBeInTheDocument();
    // Not an agent: no way to the queues from here.
    expect(screen.queryByRole('link', { name: 'Service desk' })).toBeNull();

    itsmApi.createIncident.mockResolvedValue(anIncident({ ref: 'INC-12' }));
    await user.click(screen.getByRole('button', { name: 'Report a problem' }));
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByText('How many people are affected?'),
    ).toBeInTheDocument();
    expect(within(dialog).queryByLabelText(/^Impact/)).toBeNull();
  });
});
