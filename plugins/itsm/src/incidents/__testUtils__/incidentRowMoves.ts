import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

const user = userEvent.setup({ delay: null });

const moreMoves = (row: HTMLElement) =>
  within(row).queryByRole('button', { name: /^More moves/ });

/**
 * The moves a row of an incidents table offers: its button, then the items
 * of its "More moves" menu (opened and closed again).
 */
export async function movesOf(row: HTMLElement): Promise<string[]> {
  const more = moreMoves(row);
  const buttons = within(row)
    .queryAllByRole('button')
    .filter(button => button !== more)
    .map(button => button.textContent ?? '');
  if (!more) return buttons;
  await user.click(more);
  const menu = await screen.findByRole('menu');
  const items = within(menu)
    .getAllByRole('menuitem')
    .map(item => item.textContent ?? '');
  await user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
  return [...buttons, ...items];
}

/** Makes a move from a row: with its button, or from its menu. */
export async function chooseMove(row: HTMLElement, label: string) {
  const button = within(row).queryByRole('button', { name: label });
  if (button) {
    await user.click(button);
    return;
  }
  await user.click(moreMoves(row)!);
  await user.click(await screen.findByRole('menuitem', { name: label }));
}
