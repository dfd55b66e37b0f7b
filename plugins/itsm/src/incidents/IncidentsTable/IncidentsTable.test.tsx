import { useState } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import {
  entityPresentationApiRef,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { Incident } from '@backstage-itsm/plugin-itsm-common';
import { anIncident } from '../../testUtils/mockItsmApi';
import { chooseMove, movesOf } from '../__testUtils__/incidentRowMoves';
import { namesPresentationApi } from '../../testUtils/namesPresentationApi';
import { rootRouteRef } from '../../routes';
import { IncidentsTable } from './IncidentsTable';

const user = userEvent.setup({ delay: null });

function Where() {
  return <p data-testid="location">{useLocation().pathname}</p>;
}

async function renderTable(incidents: Incident[]) {
  const onTransition = jest.fn();
  const selections: string[][] = [];
  function Queue() {
    const [selected, setSelected] = useState<Set<string>>(new Set());
    return (
      <IncidentsTable
        incidents={incidents}
        onTransition={onTransition}
        selection={{
          selectedIds: selected,
          onChange: ids => {
            selections.push([...ids]);
            setSelected(ids);
          },
        }}
      />
    );
  }
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [
          entityPresentationApiRef,
          namesPresentationApi({
            'user:default/sam.agent': 'Sam Agent',
            'group:default/payments-team': 'Payments Team',
          }),
        ],
      ]}
    >
      <Queue />
      <Where />
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/itsm': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
  return { onTransition, selections };
}

const minutesFromNow = (minutes: number) =>
  new Date(Date.now() + minutes * 60_000).toISOString();

describe('IncidentsTable', () => {
  it('offers each row one line of moves: the next one as a button, the others in a menu that works', async () => {
    const { onTransition } = await renderTable([
      anIncident({ id: 'a', ref: 'INC-1', state: 'in_progress' }),
    ]);
    const row = screen.getByTestId('INC-1');
    expect(
      within(row)
        .getAllByRole('button')
        .map(b => b.textContent),
    ).toEqual(['Resolve', '']);
    expect(await movesOf(row)).toEqual(['Resolve', 'Put on hold', 'Cancel']);

    await chooseMove(row, 'Put on hold');
    expect(onTransition).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'a' }),
      expect.objectContaining({ action: 'hold' }),
    );
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it("names the assignee and group, and says the SLA clock's time left in words", async () => {
    await renderTable([
      anIncident({
        id: 'a',
        ref: 'INC-1',
        assignee: 'user:default/sam.agent',
        assignmentGroup: 'group:default/payments-team',
        supportTier: 'L2',
        sla: {
          kind: 'restore',
          phase: 'running',
          targetMinutes: 240,
          dueAt: minutesFromNow(80.5),
          warnAt: minutesFromNow(20),
          breached: false,
        },
      }),
      anIncident({
        id: 'b',
        ref: 'INC-2',
        sla: {
          kind: 'response',
          phase: 'running',
          targetMinutes: 30,
          dueAt: minutesFromNow(-25.2),
          breached: true,
        },
      }),
      anIncident({
        id: 'c',
        ref: 'INC-3',
        state: 'on_hold',
        sla: {
          kind: 'restore',
          phase: 'paused',
          targetMinutes: 240,
          remainingMinutes: 100,
          breached: false,
        },
      }),
      anIncident({ id: 'd', ref: 'INC-4' }),
    ]);
    const row = (ref: string) => within(screen.getByTestId(ref));
    expect(
      await row('INC-1').findByRole('link', { name: 'Sam Agent' }),
    ).toBeInTheDocument();
    expect(
      row('INC-1').getByRole('link', { name: 'Payments Team' }),
    ).toBeInTheDocument();
    expect(row('INC-1').getByText('L2')).toBeInTheDocument();
    expect(row('INC-1').getByText('1 h 20 min left')).toHaveAttribute(
      'title',
      expect.stringMatching(/^Restore target of 4 h, due /),
    );
    expect(row('INC-2').getByText('Unassigned')).toBeInTheDocument();
    expect(row('INC-2').getByText('Breached 25 min ago')).toHaveAttribute(
      'data-tone',
      'over',
    );
    expect(row('INC-3').getByText('Paused')).toHaveAttribute(
      'title',
      'Restore target paused with 1 h 40 min left',
    );
    expect(row('INC-4').getByTitle('No service level agreement')).toBeVisible();
    expect(screen.getAllByRole('columnheader').map(h => h.textContent)).toEqual(
      [
        '',
        'Ref',
        'Title',
        'Priority',
        'State',
        'Assignment group',
        'Assignee',
        'SLA time left',
        'Created',
        'Actions',
      ],
    );
  });

  it('keeps every row to one line: headers and cells whole, the title with its description cut short, in full on hover', async () => {
    await renderTable([
      anIncident({ title: 'Checkout fails', description: 'Every payment' }),
    ]);
    for (const cell of [
      ...screen.getAllByRole('columnheader'),
      ...within(screen.getByTestId('INC-1')).getAllByRole('cell'),
    ]) {
      expect(cell).toHaveStyle({ whiteSpace: 'nowrap' });
    }
    const title = screen.getByTitle(/^Checkout fails\s+Every payment$/);
    expect(title).toHaveTextContent('Checkout fails · Every payment');
    expect(title).toHaveStyle({ textOverflow: 'ellipsis', overflow: 'hidden' });
  });

  it('moves through the rows with j/k and the arrow keys, opens one with Enter and selects with x', async () => {
    const { selections } = await renderTable([
      anIncident({ id: 'a', ref: 'INC-1' }),
      anIncident({ id: 'b', ref: 'INC-2' }),
      anIncident({ id: 'c', ref: 'INC-3' }),
    ]);
    const rows = ['INC-1', 'INC-2', 'INC-3'].map(ref =>
      screen.getByTestId(ref),
    );
    // Tab reaches the rows at the first one; the others wait their turn.
    expect(rows.map(r => r.tabIndex)).toEqual([0, -1, -1]);
    rows[0].focus();
    await user.keyboard('j');
    expect(rows[1]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(rows[2]).toHaveFocus();
    await user.keyboard('j');
    expect(rows[2]).toHaveFocus();
    await user.keyboard('k');
    expect(rows[1]).toHaveFocus();
    expect(rows.map(r => r.tabIndex)).toEqual([-1, 0, -1]);

    await user.keyboard('x');
    expect(selections).toEqual([['b']]);
    expect(rows[1]).toHaveAttribute('aria-selected', 'true');
    expect(rows[0]).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('x');
    expect(selections).toEqual([['b'], []]);

    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(
        '/itsm/incidents/INC-2',
      ),
    );
  });

  it('leaves the keys pressed on a row’s own controls to them', async () => {
    const { onTransition, selections } = await renderTable([
      anIncident({ id: 'a', ref: 'INC-1' }),
    ]);
    const accept = within(screen.getByTestId('INC-1')).getByRole('button', {
      name: 'Accept',
    });
    accept.focus();
    await user.keyboard('{Enter}');
    expect(onTransition).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'a' }),
      expect.objectContaining({ action: 'accept' }),
    );
    await user.keyboard('x');
    expect(selections).toEqual([]);
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/);
  });
});
