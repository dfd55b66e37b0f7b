import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { TrainingSession } from '@backstage-itsm/plugin-itsm-common';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { itsmApiRef } from '../../api/ItsmApi';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { TrainingPage } from './TrainingPage';

const paula = 'user:default/paula.lead';
const wes = 'user:default/wes.web';

const session: TrainingSession = {
  id: 'trn-1',
  ref: 'TRN-1',
  type: 'training',
  version: 3,
  state: 'planned',
  title: 'Incident handover',
  description: 'How the desk hands over',
  priority: 'P3',
  entityRefs: [],
  process: 'incidents',
  scheduledAt: '2026-12-10T09:00:00Z',
  attendees: ['group:default/payments-team', wes],
  materials: [
    { title: 'Handover runbook', url: 'https://wiki.example.com/handover' },
  ],
  allowed: { update: true, comment: true, workNote: true, respond: false },
  createdBy: 'user:default/iris.improvement',
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
};

async function renderPage() {
  const api = mockItsmApi();
  api.getImprovementRecord.mockResolvedValue(session);
  api.getTrainingPlan.mockResolvedValue({
    group: 'group:default/payments-team',
    since: '2025-12-07T00:00:00Z',
    sessions: [],
    members: [{ userRef: paula, completed: [], processes: [] }],
  });
  api.listImprovementLinks.mockResolvedValue({
    items: [
      {
        id: 'l1',
        kind: 'relates-to',
        source: {
          id: 'trn-1',
          ref: 'TRN-1',
          type: 'training',
          title: 'x',
          state: 'planned',
        },
        target: {
          id: 'prb-1',
          ref: 'PRB-4',
          type: 'problem',
          title: 'Handover loses context',
          state: 'known_error',
        },
        createdBy: 'user:default/iris.improvement',
        createdAt: '2026-12-01T10:00:00Z',
      } as any,
    ],
  });
  api.transitionImprovementRecord.mockResolvedValue({
    ...session,
    state: 'held',
  } as any);
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [itsmApiRef, api],
        [catalogApiRef, catalogApiMock()],
      ]}
    >
      <Routes>
        <Route path="/itsm/trainings/:ref" element={<TrainingPage />} />
      </Routes>
    </TestApiProvider>,
    {
      routeEntries: ['/itsm/trainings/TRN-1'],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
  return api;
}

describe('TrainingPage', () => {
  it('shows the material and linked records, and records who completed it, group members included', async () => {
    const api = await renderPage();
    expect(
      await screen.findByText('TRN-1: Incident handover'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /Handover runbook/ }),
    ).toHaveAttribute('href', 'https://wiki.example.com/handover');
    expect(screen.getByRole('link', { name: 'PRB-4' })).toBeInTheDocument();
    expect(api.getTrainingPlan).toHaveBeenCalledWith(
      'group:default/payments-team',
    );
    // Paula (of the attending group) and Wes (an attendee) can be ticked.
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(2);
    await userEvent.click(boxes[0]);
    await userEvent.click(
      screen.getByRole('button', { name: 'Record as held' }),
    );
    expect(api.transitionImprovementRecord).toHaveBeenCalledWith(
      'training',
      'TRN-1',
      { action: 'hold', version: 3, completedBy: [paula] },
    );
  });
});
