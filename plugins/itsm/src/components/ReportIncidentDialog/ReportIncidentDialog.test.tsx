import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
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
});
