import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Problem, RecordLink } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { incidentLinksOf, ProblemIncidentsCard } from './ProblemIncidentsCard';
import { aCausedByLink, aProblem } from '../../testUtils/testProblem';

const problem = aProblem();
const inc3 = aCausedByLink(problem, {
  ref: 'INC-3',
  title: 'Card payment refused',
});

async function renderCard(shown: Problem, links: RecordLink[]) {
  const api = mockItsmApi();
  api.listProblemLinks.mockResolvedValue({ items: links });
  await renderInTestApp(
    <TestApiProvider apis={[[itsmApiRef, api]]}>
      <ProblemIncidentsCard problem={shown} />
    </TestApiProvider>,
    { mountedRoutes: { '/itsm': rootRouteRef } },
  );
  return api;
}

describe('incidentLinksOf', () => {
  it('keeps the incidents caused by the problem, not its other links', () => {
    const change = {
      ...inc3,
      id: 'link-chg',
      kind: 'relates-to' as const,
      source: { ...inc3.source, id: 'chg-1', ref: 'CHG-1', type: 'change' },
    };
    const reversed = {
      ...inc3,
      id: 'link-rev',
      source: inc3.target,
      target: inc3.source,
    };
    expect(incidentLinksOf(problem, [inc3, change, reversed])).toEqual([inc3]);
  });
});

describe('ProblemIncidentsCard', () => {
  it('lists the incidents with links to their pages', async () => {
    await renderCard(problem, [inc3]);
    expect(
      await screen.findByRole('link', { name: 'INC-3: Card payment refused' }),
    ).toHaveAttribute('href', '/itsm/incidents/INC-3');
    expect(screen.getByText(/In progress/)).toBeInTheDocument();
  });

  it('links another incident as caused by the problem, and lists it', async () => {
    const api = await renderCard(problem, []);
    expect(await screen.findByText('No incidents linked.')).toBeVisible();
    api.linkIncident.mockResolvedValue(inc3);
    api.listProblemLinks.mockResolvedValue({ items: [inc3] });
    fireEvent.change(screen.getByLabelText('Link an incident'), {
      target: { value: ' INC-3 ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Link' }));
    expect(
      await screen.findByRole('link', { name: 'INC-3: Card payment refused' }),
    ).toBeInTheDocument();
    expect(api.linkIncident).toHaveBeenCalledWith('INC-3', {
      target: 'PRB-1',
      kind: 'caused-by',
    });
  });

  it("shows the server's refusal to link", async () => {
    const api = await renderCard(problem, []);
    api.linkIncident.mockRejectedValue(
      new Error('there is no incident INC-99'),
    );
    fireEvent.change(screen.getByLabelText('Link an incident'), {
      target: { value: 'INC-99' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Link' }));
    expect(
      await screen.findByText('there is no incident INC-99'),
    ).toBeInTheDocument();
    await waitFor(() => expect(api.listProblemLinks).toHaveBeenCalledTimes(1));
  });

  it('offers no form to those who do not work the problem', async () => {
    await renderCard(
      aProblem({
        allowed: {
          update: false,
          comment: true,
          workNote: false,
          respond: false,
        },
      }),
      [inc3],
    );
    await screen.findByText(/INC-3/);
    expect(screen.queryByLabelText('Link an incident')).toBeNull();
  });
});
