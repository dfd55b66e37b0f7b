import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { ImprovementItem } from '@backstage-itsm/plugin-itsm-common';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { itsmApiRef } from '../../api/ItsmApi';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { RaiseImprovementDialog } from './RaiseImprovementDialog';

async function renderDialog() {
  const api = mockItsmApi();
  api.createImprovementRecord.mockResolvedValue({
    ref: 'IMP-7',
  } as ImprovementItem);
  const onRaised = jest.fn();
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [itsmApiRef, api],
        [catalogApiRef, catalogApiMock()],
      ]}
    >
      <RaiseImprovementDialog
        source="exercise-finding"
        sourceRef="EX-2"
        title="Failover took 3 h"
        description="A finding of the drill EX-2: failover took 3 h"
        entityRefs={['component:default/checkout-service']}
        dueDate="2027-01-31"
        onClose={jest.fn()}
        onRaised={onRaised}
      />
    </TestApiProvider>,
  );
  return { api, onRaised };
}

const field = (label: string) =>
  screen.getByLabelText(label, { exact: false }) as HTMLInputElement;

describe('RaiseImprovementDialog', () => {
  it('proposes an item from the lesson, its source fixed', async () => {
    const { api, onRaised } = await renderDialog();
    expect(
      screen.getByText(/From: Drill finding EX-2/, { exact: false }),
    ).toBeInTheDocument();
    expect(field('Title').value).toBe('Failover took 3 h');
    expect(field('What to improve').value).toBe(
      'A finding of the drill EX-2: failover took 3 h',
    );
    fireEvent.change(field('Expected benefit'), {
      target: { value: 'Failover within the RTO' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Propose' }));
    await waitFor(() =>
      expect(api.createImprovementRecord).toHaveBeenCalledWith('improvement', {
        title: 'Failover took 3 h',
        description: 'A finding of the drill EX-2: failover took 3 h',
        entityRefs: ['component:default/checkout-service'],
        source: 'exercise-finding',
        sourceRef: 'EX-2',
        expectedBenefit: 'Failover within the RTO',
        dueDate: '2027-01-31',
      }),
    );
    expect(onRaised).toHaveBeenCalledWith({ ref: 'IMP-7' });
  });

  it('names the field of a bad figure or date before sending', async () => {
    const { api } = await renderDialog();
    fireEvent.change(field('Due date'), { target: { value: 'next spring' } });
    fireEvent.click(screen.getByRole('button', { name: 'Propose' }));
    expect(
      await screen.findByText(/dueDate must be a date/),
    ).toBeInTheDocument();
    fireEvent.change(field('Due date'), { target: { value: '2027-02-01' } });
    fireEvent.change(field('Target figure'), { target: { value: '20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Propose' }));
    expect(
      await screen.findByText(/target needs the indicator/),
    ).toBeInTheDocument();
    expect(api.createImprovementRecord).not.toHaveBeenCalled();
  });
});
