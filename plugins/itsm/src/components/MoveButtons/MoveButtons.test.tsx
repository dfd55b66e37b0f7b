import { renderInTestApp } from '@backstage/test-utils';
import { fireEvent, screen } from '@testing-library/react';
import { WorkflowTransition } from '@backstage-itsm/plugin-itsm-common';
import { MoveButtons } from './MoveButtons';

const transition = (action: string, label: string) =>
  ({
    action,
    label,
    from: ['a'],
    to: 'b',
    roles: [],
  } as unknown as WorkflowTransition);

describe('MoveButtons', () => {
  it('disables a blocked move with the reason, and starts the others', async () => {
    const onStart = jest.fn();
    const resolve = transition('resolve', 'Resolve');
    await renderInTestApp(
      <MoveButtons
        transitions={[resolve, transition('cancel', 'Cancel')]}
        busy={false}
        onStart={onStart}
        blockerOf={t =>
          t.action === 'cancel' ? 'Not while a change runs' : undefined
        }
        notice="Someone else changed PRB-1; reloaded"
      />,
    );
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    expect(screen.getByTitle('Not while a change runs')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Resolve' }));
    expect(onStart).toHaveBeenCalledWith(resolve);
    expect(
      screen.getByText('Someone else changed PRB-1; reloaded'),
    ).toBeInTheDocument();
  });

  it('disables every move while one is being made', async () => {
    await renderInTestApp(
      <MoveButtons
        transitions={[transition('resolve', 'Resolve')]}
        busy
        onStart={jest.fn()}
      />,
    );
    expect(screen.getByRole('button', { name: 'Resolve' })).toBeDisabled();
  });
});
