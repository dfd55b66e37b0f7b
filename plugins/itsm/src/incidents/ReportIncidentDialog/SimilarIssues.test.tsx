import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { KnownErrorList } from '@backstage-itsm/plugin-itsm-common';
import { Route, Routes } from 'react-router-dom';
import { itsmApiRef, ListIncidentsOptions } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import { anIncident, mockItsmApi } from '../../testUtils/mockItsmApi';
import { SimilarIssues } from './SimilarIssues';

const user = userEvent.setup({ delay: null });

const knownError: KnownErrorList['items'][number] = {
  id: 'prb-id',
  ref: 'PRB-2',
  title: 'VPN drops every hour',
  description: 'The gateway renegotiates keys',
  category: 'network',
  updatedAt: '2026-11-20T10:00:00Z',
  state: 'known_error',
  priority: 'P3',
  workaround: 'Reconnect; it holds for an hour',
  entityRefs: ['resource:default/vpn-gateway'],
};

function setup() {
  const itsmApi = mockItsmApi();
  itsmApi.listKnownErrors.mockImplementation(async options =>
    typeof options !== 'string' && options.q === 'vpn'
      ? { items: [knownError] }
      : { items: [] },
  );
  itsmApi.listIncidents.mockImplementation(
    async (options: ListIncidentsOptions = {}) => {
      const vpn = anIncident({ id: 'a', ref: 'INC-8', title: 'VPN down' });
      const onVpnAndSlow = anIncident({
        id: 'b',
        ref: 'INC-6',
        title: 'VPN slow at the office',
        state: 'in_progress',
      });
      if (options.q === 'vpn') return { items: [vpn, onVpnAndSlow] };
      if (options.q === 'slow') return { items: [onVpnAndSlow] };
      return { items: [] };
    },
  );
  const onLeave = jest.fn();
  const render = (title: string, description = '') =>
    renderInTestApp(
      <TestApiProvider apis={[[itsmApiRef, itsmApi]]}>
        <Routes>
          <Route
            path="/"
            element={
              <SimilarIssues
                title={title}
                description={description}
                onLeave={onLeave}
              />
            }
          />
          <Route path="/itsm/incidents/:ref" element={<p>Incident page</p>} />
        </Routes>
      </TestApiProvider>,
      { mountedRoutes: { '/itsm': rootRouteRef } },
    );
  return { itsmApi, onLeave, render };
}

describe('SimilarIssues', () => {
  it('offers known errors with their workaround and open incidents like the one being typed, best match first', async () => {
    const { itsmApi, render } = setup();
    await render('VPN slow', 'since this morning');

    const box = await screen.findByTestId('similar-issues');
    expect(box).toHaveTextContent('Is it one of these?');
    expect(box).toHaveTextContent(
      'Workaround: Reconnect; it holds for an hour',
    );
    expect(within(box).getByText('PRB-2')).toHaveAttribute(
      'href',
      '/itsm/problems/PRB-2',
    );
    // INC-6 holds both words, INC-8 one of them.
    const refs = within(box)
      .getAllByRole('link')
      .map(a => a.textContent)
      .filter(t => t?.startsWith('INC'));
    expect(refs).toEqual(['INC-6', 'INC-8']);
    expect(box).toHaveTextContent('VPN slow at the office (In progress)');
    // Only open incidents are offered.
    expect(itsmApi.listIncidents).toHaveBeenCalledWith(
      expect.objectContaining({
        q: 'vpn',
        state: ['new', 'accepted', 'in_progress', 'on_hold'],
      }),
    );
  });

  it('opens the chosen incident instead of filing a duplicate', async () => {
    const { onLeave, render } = setup();
    await render('VPN');
    await screen.findByTestId('similar-issues');
    await user.click(
      screen.getAllByRole('button', { name: 'This is my issue' })[0],
    );
    expect(await screen.findByText('Incident page')).toBeInTheDocument();
    expect(onLeave).toHaveBeenCalled();
  });

  it('suggests nothing until there is something telling to look for', async () => {
    const { itsmApi, render } = setup();
    await render('It is not working');
    await new Promise(resolve => setTimeout(resolve, 600));
    expect(itsmApi.listIncidents).not.toHaveBeenCalled();
    expect(screen.queryByTestId('similar-issues')).toBeNull();
  });

  it('shows what it found when some look-ups fail, and never stands in the way', async () => {
    const { itsmApi, render } = setup();
    itsmApi.listIncidents.mockRejectedValue(new Error('down'));
    await render('VPN');
    const box = await screen.findByTestId('similar-issues');
    expect(box).toHaveTextContent('VPN drops every hour');
    expect(within(box).queryByText(/^INC-/)).toBeNull();
  });
});
