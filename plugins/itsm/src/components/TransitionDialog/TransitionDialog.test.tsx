import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import {
  incidentWorkflow,
  WorkflowTransition,
} from '@backstage-itsm/plugin-itsm-common';
import { TransitionDialog } from './TransitionDialog';

const transition = (action: string) =>
  incidentWorkflow.transitions.find(
    t => t.action === action,
  ) as WorkflowTransition;

async function open(
  action: string,
  record: Record<string, unknown>,
  onSubmit = jest.fn(async () => {}),
) {
  await renderInTestApp(
    <TestApiProvider apis={[[catalogApiRef, catalogApiMock()]]}>
      <TransitionDialog
        record={{
          id: 'id-1',
          ref: 'INC-1',
          title: 'Checkout fails',
          ...record,
        }}
        transition={transition(action)}
        onClose={() => {}}
        onSubmit={onSubmit}
      />
    </TestApiProvider>,
  );
}

describe('TransitionDialog', () => {
  it('opens Accept with the category the report gave', async () => {
    await open('accept', { category: 'software' });
    expect(await screen.findByLabelText(/Category/)).toHaveTextContent(
      'Software failure',
    );
  });

  it('sends the category only when it was changed', async () => {
    const onSubmit = jest.fn(async () => {});
    await open(
      'accept',
      { category: 'software', assignee: 'user:default/sam.agent' },
      onSubmit,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Accept' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        assignee: 'user:default/sam.agent',
      }),
    );
  });

  it('asks anew for what describes the move itself', async () => {
    await open('reopen', { reason: 'an earlier reason of the record' });
    expect(await screen.findByLabelText(/Reason/)).toHaveValue('');
  });
});
