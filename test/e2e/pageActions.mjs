// What the journeys do on record pages: press a button, make a workflow
// move (filling its dialog when it asks), approve with a comment.

/** The actions of the journeys, on `page`. */
export function pageActions(page) {
  const button = name =>
    page.getByRole('button', { name, exact: true }).first();

  /** A workflow move; `fill` fills the dialog of a move that asks. */
  async function move(name, fill) {
    await button(name).click();
    if (fill) {
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await fill(dialog);
      await dialog.getByRole('button', { name, exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
  }

  /** Approves what the page shows awaiting the user's approval. */
  async function approve(comment) {
    await move('Approve', async dialog => {
      await dialog.getByLabel('Comment').fill(comment);
    });
  }

  return { button, move, approve };
}
