import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { ChangeCalendarPage } from './ChangeCalendarPage';

/** Local times, so the test holds in any time zone. */
const at = (d: number, h: number) => new Date(2026, 11, d, h).toISOString();

const calendar = {
  from: at(1, 0),
  to: at(31, 0),
  truncated: false,
  problems: [],
  events: [
    {
      kind: 'change' as const,
      id: 'CHG-4',
      ref: 'CHG-4',
      title: 'Upgrade checkout',
      state: 'scheduled',
      risk: 'medium',
      start: at(2, 20),
      end: at(2, 22),
      entityRefs: ['component:default/checkout'],
    },
    {
      kind: 'freeze' as const,
      id: 'freeze:config:Year-end freeze',
      title: 'Year-end freeze',
      source: 'config',
      start: at(20, 0),
      end: new Date(2027, 0, 4).toISOString(),
      entityRefs: [],
    },
  ],
};

async function renderPage(path: string) {
  const api = mockItsmApi();
  api.getChangeCalendar.mockResolvedValue(calendar);
  api.listCalendarFeeds.mockResolvedValue({ items: [] });
  api.createCalendarFeed.mockResolvedValue({
    id: 'f1',
    owner: 'user:default/guest',
    createdAt: new Date().toISOString(),
    url: 'http://localhost:7007/api/itsm/calendar.ics?token=secret',
  });
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [itsmApiRef, api],
        [catalogApiRef, catalogApiMock()],
      ]}
    >
      <ChangeCalendarPage />
    </TestApiProvider>,
    {
      routeEntries: [path],
      mountedRoutes: {
        '/itsm': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
  return api;
}

const day = (d: string) =>
  document.querySelector(`[data-day="${d}"]`) as HTMLElement;

describe('ChangeCalendarPage', () => {
  it("shows a month's changes, linked to their pages, and a freeze on each of its days", async () => {
    const api = await renderPage('/?day=2026-12-15');
    expect(await screen.findByText('December 2026')).toBeInTheDocument();
    expect(api.getChangeCalendar).toHaveBeenCalledWith({
      from: new Date(2026, 10, 30).toISOString(),
      to: new Date(2027, 0, 4).toISOString(),
      entityRef: undefined,
    });
    const change = within(day('2026-12-02')).getByText(
      'CHG-4 Upgrade checkout',
    );
    expect(change.closest('a')).toHaveAttribute('href', '/itsm/changes/CHG-4');
    for (const d of ['2026-12-20', '2026-12-27', '2027-01-03']) {
      expect(
        within(day(d)).getByText('Freeze: Year-end freeze'),
      ).toBeInTheDocument();
    }
    expect(within(day('2026-12-19')).queryByText(/Freeze/)).toBeNull();
  });

  it('moves to the next month and to a week, asking for that range', async () => {
    const api = await renderPage('/?day=2026-12-15');
    await screen.findByText('December 2026');
    fireEvent.click(screen.getByRole('button', { name: 'Next month' }));
    expect(await screen.findByText('January 2027')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Week' }));
    await waitFor(() =>
      expect(api.getChangeCalendar).toHaveBeenLastCalledWith({
        from: new Date(2026, 11, 28).toISOString(),
        to: new Date(2027, 0, 4).toISOString(),
        entityRef: undefined,
      }),
    );
  });

  it("asks for one entity's calendar from the URL, and gives a subscription address once", async () => {
    const api = await renderPage(
      '/?day=2026-12-15&entity=component%3Adefault%2Fcheckout',
    );
    await waitFor(() =>
      expect(api.getChangeCalendar).toHaveBeenCalledWith(
        expect.objectContaining({ entityRef: 'component:default/checkout' }),
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(await screen.findByText('You have none yet.')).toBeInTheDocument();
    fireEvent.click(
      screen.getByRole('button', { name: 'Create subscription address' }),
    );
    expect(await screen.findByLabelText('Subscription address')).toHaveValue(
      'http://localhost:7007/api/itsm/calendar.ics?token=secret',
    );
    expect(api.createCalendarFeed).toHaveBeenCalledWith({
      entityRef: 'component:default/checkout',
    });
  });
});
