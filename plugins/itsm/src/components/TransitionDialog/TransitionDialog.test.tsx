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

const user = (name: string, displayName: string, groups: string[] = []) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { profile: { displayName, email: `${name}@example.com` } },
  relations: groups.map(targetRef => ({ type: 'memberOf', targetRef })),
});

const people = [
  user('adam.admin', 'Adam Admin'),
  user('paula.lead', 'Paula Lead', ['group:default/payments-team']),
  user('zoe.ops', 'Zoe Ops'),
  user('pat.engineer', 'Pat Engineer', ['group:default/payments-team']),
  user('sam.agent', 'Sam Agent', ['group:default/service-desk']),
];

async function open(
  action: string,
  record: Record<string, unknown>,
  onSubmit = jest.fn(async () => {}),
) {
  await renderInTestApp(
    <TestApiProvider
      apis={[[catalogApiRef, catalogApiMock({ entities: people })]]}
    >
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

  it("proposes the group's members first to accept an incident, by name, then everyone else", async () => {
    const onSubmit = jest.fn(async () => {});
    await open(
      'accept',
      { assignmentGroup: 'group:default/payments-team' },
      onSubmit,
    );
    fireEvent.mouseDown(await screen.findByLabelText(/^Assignee/));
    await waitFor(() =>
      expect(
        screen.getAllByRole('option').map(o => o.textContent),
      ).toHaveLength(5),
    );
    const options = screen.getAllByRole('option').map(o => o.textContent);
    expect(options).toEqual([
      'Pat Engineerpat.engineer@example.com',
      'Paula Leadpaula.lead@example.com',
      'Adam Adminadam.admin@example.com',
      'Sam Agentsam.agent@example.com',
      'Zoe Opszoe.ops@example.com',
    ]);
    expect(screen.getByText('Everyone else')).toBeInTheDocument();
    expect(screen.getByText(/^Members of/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('option', { name: /^Paula Lead/ }));
    expect(screen.getByLabelText(/^Assignee/)).toHaveValue('Paula Lead');
    fireEvent.click(screen.getByRole('button', { name: 'Accept' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        assignee: 'user:default/paula.lead',
      }),
    );
  });

  it('shows the assignee the report already has by name, not by ref', async () => {
    await open('accept', { assignee: 'user:default/sam.agent' });
    await waitFor(() =>
      expect(screen.getByLabelText(/^Assignee/)).toHaveValue('Sam Agent'),
    );
  });

  it('asks anew for what describes the move itself', async () => {
    await open('reopen', { reason: 'an earlier reason of the record' });
    expect(await screen.findByLabelText(/Reason/)).toHaveValue('');
  });
});
