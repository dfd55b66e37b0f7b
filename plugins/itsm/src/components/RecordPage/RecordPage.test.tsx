import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { Release, TimelineEvent } from '@backstage-itsm/plugin-itsm-common';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { itsmApiRef } from '../../api/ItsmApi';
import {
  aRelease,
  aResponseError,
  mockItsmApi,
} from '../../testUtils/mockItsmApi';
import { DescriptionCard } from './DescriptionCard';
import { RecordPage } from './RecordPage';
import { useRecordPage } from './useRecordPage';

const audited: TimelineEvent = {
  id: 'e-1',
  recordId: 'id-REL-3',
  kind: 'transition',
  actor: 'user:default/rita.release',
  visibility: 'public',
  createdAt: '2026-11-29T10:00:00.000Z',
  data: { action: 'audit', from: 'planned', to: 'ready' },
};

/** A release's page, as a process would frame it. */
function ReleaseTestPage(props: { timeline: 'last-column' | 'own-row' }) {
  const page = useRecordPage('release');
  return (
    <RecordPage
      page={page}
      actions={release => <button>Roll out {release.ref}</button>}
      notices={release => <p>{release.releaseVersion} is planned</p>}
      columns={release => [
        { md: 6, cards: <DescriptionCard description={release.description} /> },
        false,
      ]}
      timeline={props.timeline}
    />
  );
}

async function renderPage(
  timeline: 'last-column' | 'own-row',
  release: Release | Error,
) {
  const api = mockItsmApi();
  if (release instanceof Error) api.getRelease.mockRejectedValue(release);
  else api.getRelease.mockResolvedValue(release);
  api.getReleaseTimeline.mockResolvedValue({ items: [audited] });
  api.commentOnRelease.mockResolvedValue(undefined as never);
  await renderInTestApp(
    <TestApiProvider apis={[[itsmApiRef, api]]}>
      <Routes>
        <Route
          path="/itsm/releases/:ref"
          element={<ReleaseTestPage timeline={timeline} />}
        />
      </Routes>
    </TestApiProvider>,
    {
      routeEntries: ['/itsm/releases/REL-3'],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
  return api;
}

/** Whether `b` comes after `a` in the page. */
function follows(a: Node, b: Node) {
  return !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
}

const release = aRelease({
  ref: 'REL-3',
  title: 'Checkout 2.4.1',
  description: 'Fixes the tariff rounding',
  allowed: { update: true, comment: true, workNote: true, respond: true },
});

describe('RecordPage', () => {
  it("shows the record's ref and title with the process's buttons, notices and cards", async () => {
    const api = await renderPage('own-row', release);
    expect(await screen.findByTestId('header-title')).toHaveTextContent(
      'REL-3: Checkout 2.4.1',
    );
    expect(api.getRelease).toHaveBeenCalledWith('REL-3');
    expect(
      screen.getByRole('button', { name: 'Roll out REL-3' }),
    ).toBeInTheDocument();
    expect(screen.getByText('1.0.0 is planned')).toBeInTheDocument();
    expect(screen.getByText('Fixes the tariff rounding')).toBeInTheDocument();
  });

  it("names the states in the timeline by the record's workflow, and posts a reply on the record", async () => {
    const api = await renderPage('own-row', release);
    expect(
      await screen.findByText('Audit: Planned → Ready (package audited)'),
    ).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Reply'), {
      target: { value: 'Canary looks fine' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(api.commentOnRelease).toHaveBeenCalledWith('REL-3', {
        body: 'Canary looks fine',
        visibility: 'public',
      }),
    );
  });

  it('takes no more replies once the record is finished', async () => {
    await renderPage('own-row', { ...release, state: 'released' });
    expect(
      await screen.findByText('REL-3 is Released: it takes no more replies.'),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Reply')).toBeNull();
  });

  it('puts the form above the events when the timeline takes a row of its own', async () => {
    await renderPage('own-row', release);
    const events = await screen.findByTestId('timeline-transition');
    expect(follows(screen.getByLabelText('Reply'), events)).toBe(true);
  });

  it('puts the events above the form when the timeline closes the last column', async () => {
    await renderPage('last-column', release);
    const events = await screen.findByTestId('timeline-transition');
    expect(follows(events, screen.getByLabelText('Reply'))).toBe(true);
    expect(follows(screen.getByText('Fixes the tariff rounding'), events)).toBe(
      true,
    );
  });

  it('says why the record cannot be read', async () => {
    await renderPage(
      'own-row',
      await aResponseError(404, 'NotFoundError', 'No release REL-3'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Request failed with 404 NotFoundError',
    );
    expect(screen.queryByTestId('header-title')).toBeNull();
  });
});
