import {
  MockPermissionApi,
  TestApiProvider,
  renderInTestApp,
} from '@backstage/test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SWRConfig } from 'swr';
import { itsmApiRef } from '../../api/ItsmApi';
import { anIncident, mockItsmApi } from '../../testUtils/mockItsmApi';
import { ReportIncidentDialog } from './ReportIncidentDialog';

const user = userEvent.setup({ delay: null });

describe('ReportIncidentDialog', () => {
  it("shows the entity's known errors with their workarounds while reporting", async () => {
    const api = mockItsmApi();
    api.listKnownErrors.mockResolvedValue({
      items: [
        {
          id: 'prb-id',
          ref: 'PRB-1',
          title: 'Checkout times out under load',
          description: 'Card payments time out at peak.',
          category: 'software',
          updatedAt: '2026-11-20T10:00:00Z',
          state: 'investigating',
          priority: 'P2',
          workaround: 'Restart the tokeniser pods',
          entityRefs: ['component:default/checkout-service'],
        },
      ],
    });
    await renderInTestApp(
      <TestApiProvider apis={[[itsmApiRef, api]]}>
        <ReportIncidentDialog
          open
          entityRef="component:default/checkout-service"
          onClose={() => {}}
          onCreated={() => {}}
        />
      </TestApiProvider>,
    );
    expect(
      await screen.findByText('Workaround: Restart the tokeniser pods'),
    ).toBeInTheDocument();
    expect(api.listKnownErrors).toHaveBeenCalledWith(
      'component:default/checkout-service',
    );
  });

  it.each([
    [AuthorizeResult.ALLOW, true],
    [AuthorizeResult.DENY, false],
  ])(
    'asks who reported a new request only of those who may report for others (%s)',
    async (decision, shown) => {
      const asked: string[] = [];
      await renderInTestApp(
        <TestApiProvider
          apis={[
            [itsmApiRef, mockItsmApi()],
            [catalogApiRef, catalogApiMock()],
            [
              permissionApiRef,
              new MockPermissionApi(request => {
                asked.push(request.permission.name);
                return decision;
              }),
            ],
          ]}
        >
          {/* usePermission caches decisions in SWR: a fresh cache per test. */}
          <SWRConfig value={{ provider: () => new Map() }}>
            <ReportIncidentDialog
              open
              onBehalf
              title="New request"
              onClose={() => {}}
              onCreated={() => {}}
            />
          </SWRConfig>
        </TestApiProvider>,
      );
      // A request logged for someone came in by phone unless said otherwise.
      expect(await screen.findByLabelText(/Channel/)).toHaveTextContent(
        'Phone call',
      );
      expect(asked).toContain('itsm.record.report-on-behalf');
      await waitFor(() =>
        expect(Boolean(screen.queryByLabelText(/Reported by/))).toBe(shown),
      );
    },
  );

  it('asks an employee plain questions and sends the impact and urgency they mean', async () => {
    const api = mockItsmApi();
    api.listIncidents.mockResolvedValue({ items: [] });
    api.createIncident.mockResolvedValue(anIncident());
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [itsmApiRef, api],
          [catalogApiRef, catalogApiMock()],
        ]}
      >
        <ReportIncidentDialog open onClose={() => {}} onCreated={() => {}} />
      </TestApiProvider>,
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByLabelText(/^Impact/)).toBeNull();
    expect(within(dialog).queryByLabelText(/^Urgency/)).toBeNull();
    await user.type(
      within(dialog).getByRole('textbox', { name: /^Title/ }),
      'Cannot print',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: /^Description/ }),
      'The team printer jams',
    );
    await user.click(within(dialog).getByRole('radio', { name: 'My team' }));
    await user.click(
      within(dialog).getByRole('radio', {
        name: 'Only slowly, or with a workaround',
      }),
    );
    expect(
      within(dialog).getByText(/We will treat it as P3 - Moderate/),
    ).toBeInTheDocument();
    await user.click(
      within(dialog).getByRole('button', { name: 'Report incident' }),
    );
    await waitFor(() =>
      expect(api.createIncident).toHaveBeenCalledWith(
        expect.objectContaining({ impact: 'medium', urgency: 'medium' }),
        expect.anything(),
      ),
    );
  });

  it('keeps impact and urgency for an agent logging a call', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [itsmApiRef, mockItsmApi()],
          [catalogApiRef, catalogApiMock()],
          [
            permissionApiRef,
            new MockPermissionApi(() => AuthorizeResult.ALLOW),
          ],
        ]}
      >
        <SWRConfig value={{ provider: () => new Map() }}>
          <ReportIncidentDialog
            open
            onBehalf
            title="New request"
            onClose={() => {}}
            onCreated={() => {}}
          />
        </SWRConfig>
      </TestApiProvider>,
    );
    expect(await screen.findByLabelText(/^Impact/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Urgency/)).toBeInTheDocument();
    expect(screen.queryByText('How many people are affected?')).toBeNull();
  });
});
