import {
  MockPermissionApi,
  TestApiProvider,
  renderInTestApp,
} from '@backstage/test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { screen, waitFor } from '@testing-library/react';
import { SWRConfig } from 'swr';
import { itsmApiRef } from '../../api/ItsmApi';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { ReportIncidentDialog } from './ReportIncidentDialog';

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
});
