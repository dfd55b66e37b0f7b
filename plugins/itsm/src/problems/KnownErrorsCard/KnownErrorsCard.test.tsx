import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { act, screen, waitFor } from '@testing-library/react';
import { itsmApiRef } from '../../api/ItsmApi';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { KnownErrorsCard } from './KnownErrorsCard';

const knownError = {
  id: 'prb-id',
  ref: 'PRB-1',
  title: 'Checkout times out under load',
  description: 'Card payments time out at peak.',
  category: 'software',
  updatedAt: '2026-11-20T10:00:00Z',
  state: 'investigating',
  priority: 'P2' as const,
  workaround: 'Restart the tokeniser pods',
  entityRefs: [
    'component:default/checkout-service',
    'component:default/payments-api',
  ],
};

describe('KnownErrorsCard', () => {
  it("shows the workarounds of the entities' known errors, each once", async () => {
    const api = mockItsmApi();
    api.listKnownErrors.mockResolvedValue({ items: [knownError] });
    await renderInTestApp(
      <TestApiProvider apis={[[itsmApiRef, api]]}>
        <KnownErrorsCard entityRefs={knownError.entityRefs} />
      </TestApiProvider>,
    );
    expect(
      await screen.findByText('Workaround: Restart the tokeniser pods'),
    ).toBeInTheDocument();
    expect(screen.getAllByText('PRB-1')).toHaveLength(1);
    expect(api.listKnownErrors).toHaveBeenCalledWith(
      'component:default/payments-api',
    );
  });

  it('shows nothing without known errors', async () => {
    const api = mockItsmApi();
    await renderInTestApp(
      <TestApiProvider apis={[[itsmApiRef, api]]}>
        <KnownErrorsCard entityRefs={['component:default/checkout-service']} />
      </TestApiProvider>,
    );
    await waitFor(() => expect(api.listKnownErrors).toHaveBeenCalled());
    await act(async () => {});
    expect(screen.queryByTestId('known-errors')).not.toBeInTheDocument();
  });
});
