import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { ResponseError } from '@backstage/errors';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { aProblem } from '../ProblemPage/testProblem';
import { LogProblemDialog } from './LogProblemDialog';

async function renderDialog() {
  const api = mockItsmApi();
  const onClose = jest.fn();
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [itsmApiRef, api],
        [catalogApiRef, catalogApiMock()],
      ]}
    >
      <LogProblemDialog
        defaults={{
          title: 'Ledger postings time out',
          description: 'Seen in INC-4',
          entityRef: 'component:default/ledger-service',
          incidents: ['INC-4'],
        }}
        onClose={onClose}
      />
    </TestApiProvider>,
    { mountedRoutes: { '/itsm': rootRouteRef } },
  );
  return { api, onClose };
}

describe('LogProblemDialog', () => {
  it('logs the problem from its incident, with its category, once however often it is sent', async () => {
    const { api, onClose } = await renderDialog();
    api.createProblem.mockResolvedValue(aProblem({ ref: 'PRB-9' }));
    fireEvent.change(screen.getByLabelText(/^Incidents/), {
      target: { value: 'INC-4, inc-7' },
    });
    fireEvent.mouseDown(screen.getByLabelText(/^Category/));
    fireEvent.click(await screen.findByRole('option', { name: 'Network' }));
    fireEvent.click(screen.getByRole('button', { name: 'Log problem' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(api.createProblem).toHaveBeenCalledWith(
      {
        title: 'Ledger postings time out',
        description: 'Seen in INC-4',
        entityRefs: ['component:default/ledger-service'],
        category: 'network',
        source: 'incidents',
        impact: 'medium',
        urgency: 'medium',
        incidents: ['INC-4', 'inc-7'],
      },
      { idempotencyKey: expect.any(String) },
    );
  });

  it("shows the server's refusal, naming the field, and stays open", async () => {
    const { api, onClose } = await renderDialog();
    api.createProblem.mockRejectedValue(
      await ResponseError.fromResponse(
        new Response(
          JSON.stringify({
            error: {
              name: 'InputError',
              message: 'incidents[0]: there is no incident INC-4',
            },
          }),
          { status: 400, headers: { 'content-type': 'application/json' } },
        ),
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Log problem' }));
    expect(
      await screen.findByText(/incidents\[0\]: there is no incident INC-4/),
    ).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });
});
