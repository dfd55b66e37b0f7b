import { renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { SearchDocument } from '@backstage/plugin-search-common';
import { ItsmSearchDocument } from '@backstage-itsm/plugin-itsm-common';
import { ItsmSearchResultListItem } from './ItsmSearchResultListItem';

function aDocument(overrides: Partial<ItsmSearchDocument> = {}) {
  const document: ItsmSearchDocument = {
    title: 'CHG-4: Raise the ledger connection pool',
    text: 'From 10 to 40 connections.',
    location: '/itsm/changes/CHG-4',
    ref: 'CHG-4',
    refNumber: '4',
    recordType: 'change',
    state: 'awaiting_approval',
    stateLabel: 'Awaiting approval',
    priority: 'P2',
    entityRefs: ['component:default/ledger-service', 'resource:ops/ledger-db'],
    entityNames: 'ledger-service ledger-db',
    workaround: '',
    ...overrides,
  };
  return document as unknown as SearchDocument;
}

const withCatalog = {
  mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
};

describe('ItsmSearchResultListItem', () => {
  it('shows a change with its id, what it is, priority, state in words and entities, linking to its page', async () => {
    await renderInTestApp(
      <ItsmSearchResultListItem result={aDocument()} type="itsm-change" />,
      withCatalog,
    );

    expect(
      screen.getByRole('link', {
        name: 'CHG-4: Raise the ledger connection pool',
      }),
    ).toHaveAttribute('href', '/itsm/changes/CHG-4');
    expect(screen.getByText('Change')).toBeInTheDocument();
    expect(screen.getByText('P2 - High')).toBeInTheDocument();
    expect(screen.getByText('Awaiting approval')).toBeInTheDocument();
    expect(screen.queryByText('awaiting_approval')).not.toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /ledger-service/ }),
    ).toHaveAttribute('href', '/catalog/default/component/ledger-service');
    expect(screen.getByRole('link', { name: /ledger-db/ })).toBeInTheDocument();
    expect(screen.getByText('From 10 to 40 connections.')).toBeInTheDocument();
  });

  it('shows a known error with its workaround in place of its description', async () => {
    await renderInTestApp(
      <ItsmSearchResultListItem
        type="itsm-known-error"
        result={aDocument({
          title: 'PRB-4: Ledger postings time out',
          text: 'Postings time out at peak load.\nWorkaround: Restart the ledger pods',
          location: '/itsm/problems/PRB-4#known-error',
          ref: 'PRB-4',
          recordType: 'problem',
          state: 'fix_in_progress',
          stateLabel: 'Fix in progress',
          workaround: 'Restart the ledger pods',
        })}
      />,
      withCatalog,
    );

    expect(
      screen.getByRole('link', { name: 'PRB-4: Ledger postings time out' }),
    ).toHaveAttribute('href', '/itsm/problems/PRB-4#known-error');
    expect(screen.getByText('Known error')).toBeInTheDocument();
    expect(screen.getByText('Fix in progress')).toBeInTheDocument();
    expect(screen.getByText('Restart the ledger pods')).toBeInTheDocument();
  });

  it.each([
    [
      'itsm-risk',
      'RSK-4',
      'risks',
      'risk',
      'in_treatment',
      'Risk',
      'In treatment',
    ],
    [
      'itsm-impact-analysis',
      'BIA-2',
      'business-impact-analyses',
      'impact-analysis',
      'in_review',
      'Business impact analysis',
      'In review',
    ],
    [
      'itsm-continuity-plan',
      'CP-1',
      'continuity-plans',
      'continuity-plan',
      'under_revision',
      'Continuity plan',
      'Under revision',
    ],
    [
      'itsm-exercise',
      'EX-3',
      'exercises',
      'exercise',
      'completed',
      'Exercise',
      'Completed',
    ],
  ] as const)(
    'shows a continuity record (%s) as what it is, its state in words, without a priority',
    async (type, ref, collection, recordType, state, label, stateLabel) => {
      await renderInTestApp(
        <ItsmSearchResultListItem
          type={type}
          result={aDocument({
            title: `${ref}: Payments platform`,
            location: `/itsm/${collection}/${ref}`,
            ref,
            recordType,
            state,
            stateLabel: undefined,
            priority: 'P3',
          })}
        />,
        withCatalog,
      );

      expect(
        screen.getByRole('link', { name: `${ref}: Payments platform` }),
      ).toHaveAttribute('href', `/itsm/${collection}/${ref}`);
      expect(screen.getByText(label)).toBeInTheDocument();
      expect(screen.getByText(stateLabel)).toBeInTheDocument();
      expect(screen.queryByText(/^P3/)).not.toBeInTheDocument();
    },
  );

  it("words the state from the record's workflow when an older document holds only its name", async () => {
    await renderInTestApp(
      <ItsmSearchResultListItem
        type="itsm-incident"
        result={aDocument({
          title: 'INC-12: Checkout returns 500',
          recordType: 'incident',
          state: 'on_hold',
          stateLabel: undefined,
        })}
      />,
      withCatalog,
    );

    expect(screen.getByText('Incident')).toBeInTheDocument();
    expect(screen.getByText('On hold')).toBeInTheDocument();
    expect(screen.queryByText('on_hold')).not.toBeInTheDocument();
  });
});
