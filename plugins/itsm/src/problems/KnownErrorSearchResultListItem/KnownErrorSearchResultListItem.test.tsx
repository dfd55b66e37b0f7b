import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { KnownErrorSearchResultListItem } from './KnownErrorSearchResultListItem';

describe('KnownErrorSearchResultListItem', () => {
  it('shows the known error with its priority, state and workaround, linking to its problem', async () => {
    await renderInTestApp(
      <KnownErrorSearchResultListItem
        result={
          {
            title: 'PRB-4: Ledger postings time out',
            text: 'Postings time out at peak load.',
            location: '/itsm/problems/PRB-4',
            priority: 'P2',
            state: 'fix_in_progress',
            workaround: 'Restart the ledger pods',
          } as any
        }
      />,
    );
    expect(
      screen.getByRole('link', { name: 'PRB-4: Ledger postings time out' }),
    ).toHaveAttribute('href', '/itsm/problems/PRB-4');
    expect(screen.getByText('Fix in progress')).toBeInTheDocument();
    expect(screen.getByText('Restart the ledger pods')).toBeInTheDocument();
    expect(screen.getByText('P2 - High')).toBeInTheDocument();
  });
});
