import { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { ImpactAnalysis } from '@backstage-itsm/plugin-itsm-common';
import { screen, within } from '@testing-library/react';
import { itsmApiRef } from '../../api/ItsmApi';
import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { EntityConfigurationItemCard } from './EntityConfigurationItemCard';

const server: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'srv-db-01',
    title: 'DB Server 01',
    annotations: {
      'itsm/supplier': 'Dell',
      'itsm/model': 'PowerEdge R750',
      'itsm/serial': 'CN7016349A',
    },
  },
  spec: { type: 'server', owner: 'group:default/dba-team' },
};

function analysis(overrides: Partial<ImpactAnalysis> = {}): ImpactAnalysis {
  return {
    roots: [
      {
        entityRef: 'resource:default/srv-db-01',
        kind: 'Resource',
        title: 'DB Server 01',
        ciClass: 'hardware/server',
        owners: ['group:default/dba-team'],
        depth: 0,
        path: ['resource:default/srv-db-01'],
      },
    ],
    missing: [],
    impacted: [
      {
        entityRef: 'resource:default/payments-db',
        kind: 'Resource',
        title: 'Payments DB',
        ciClass: 'software/database',
        owners: ['group:default/dba-team'],
        depth: 1,
        path: ['resource:default/srv-db-01', 'resource:default/payments-db'],
        relation: 'dependencyOf',
      },
      {
        entityRef: 'component:default/payment-processor',
        kind: 'Component',
        title: 'Payment processor',
        ciClass: 'software/service',
        owners: ['group:default/payments-team'],
        depth: 2,
        path: [
          'resource:default/srv-db-01',
          'resource:default/payments-db',
          'component:default/payment-processor',
        ],
        relation: 'dependencyOf',
      },
    ],
    edges: [],
    stakeholders: ['group:default/dba-team', 'group:default/payments-team'],
    maxDepth: 3,
    truncated: false,
    ...overrides,
  };
}

/** An API that answers the card's other requests: no changes, no incidents. */
function cardApi() {
  const api = mockItsmApi();
  api.listCiChanges.mockResolvedValue({ items: [] });
  api.countIncidents.mockResolvedValue({
    total: 0,
    byPriority: { P1: 0, P2: 0, P3: 0, P4: 0 },
  });
  return api;
}

async function renderCard(api = cardApi()) {
  await renderInTestApp(
    <TestApiProvider apis={[[itsmApiRef, api]]}>
      <EntityProvider entity={server}>
        <EntityConfigurationItemCard />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return api;
}

describe('EntityConfigurationItemCard', () => {
  it('shows the class from the backend, the basic data, and what depends on the entity', async () => {
    const api = cardApi();
    api.analyzeImpact.mockResolvedValue(analysis());
    await renderCard(api);

    expect(
      await screen.findByText('Class: hardware/server'),
    ).toBeInTheDocument();
    expect(api.analyzeImpact).toHaveBeenCalledWith({
      entityRefs: ['resource:default/srv-db-01'],
      depth: 3,
    });
    const data = screen.getByRole('table', { name: 'Basic data' });
    expect(within(data).getByText('PowerEdge R750')).toBeInTheDocument();
    expect(within(data).getByText('Dell')).toBeInTheDocument();
    expect(within(data).getByText('CN7016349A')).toBeInTheDocument();
    expect(within(data).queryByText('Version')).not.toBeInTheDocument();

    expect(
      screen.getByText('2 entities depend on it within 3 steps'),
    ).toBeInTheDocument();
    const impacted = screen.getByRole('table', { name: 'What depends on it' });
    expect(within(impacted).getByText('Payment processor')).toBeInTheDocument();
    expect(within(impacted).getAllByText(/depends on/)).toHaveLength(2);
    expect(screen.getByText('payments-team')).toBeInTheDocument();
  });

  it('says when nothing depends on it, and when more lay beyond the depth', async () => {
    const api = cardApi();
    api.analyzeImpact.mockResolvedValueOnce(analysis({ impacted: [] }));
    await renderCard(api);
    expect(
      await screen.findByText('Nothing in the catalog depends on it.'),
    ).toBeInTheDocument();
  });

  it('marks a truncated count', async () => {
    const api = cardApi();
    api.analyzeImpact.mockResolvedValue(analysis({ truncated: true }));
    await renderCard(api);
    expect(
      await screen.findByText('2+ entities depend on it within 3 steps'),
    ).toBeInTheDocument();
  });
});

describe('EntityConfigurationItemCard history and open records', () => {
  it('shows the last changes, flagging the unauthorised ones, and the open incidents', async () => {
    const api = cardApi();
    api.analyzeImpact.mockResolvedValue(analysis());
    api.countIncidents.mockResolvedValue({
      total: 2,
      byPriority: { P1: 1, P2: 0, P3: 1, P4: 0 },
    });
    api.listCiChanges.mockResolvedValue({
      items: [
        {
          id: '9',
          entityRef: 'resource:default/srv-db-01',
          kind: 'modified',
          differences: [
            { path: 'spec.owner', before: 'a', after: 'b' },
            { path: 'metadata.title', before: 'x', after: 'y' },
          ],
          unauthorized: true,
          detectedAt: new Date().toISOString(),
        },
        {
          id: '8',
          entityRef: 'resource:default/srv-db-01',
          kind: 'modified',
          differences: [
            { path: 'metadata.annotations.itsm/version', after: '9.4' },
          ],
          authorizedBy: { id: 'c1', ref: 'CHG-3' },
          unauthorized: false,
          detectedAt: new Date().toISOString(),
        },
      ],
    });
    await renderCard(api);

    const list = await screen.findByRole('list', { name: 'Last changes' });
    expect(
      within(list).getByText('Changed: spec.owner, metadata.title'),
    ).toBeInTheDocument();
    expect(within(list).getByText('Unauthorised')).toBeInTheDocument();
    expect(within(list).getByText('Authorised by CHG-3')).toBeInTheDocument();
    expect(api.listCiChanges).toHaveBeenCalledWith({
      entityRef: 'resource:default/srv-db-01',
      limit: 3,
    });
    expect(await screen.findByText('2 open incidents')).toBeInTheDocument();
  });

  it('says when no change was recorded', async () => {
    const api = cardApi();
    api.analyzeImpact.mockResolvedValue(analysis());
    await renderCard(api);
    expect(
      await screen.findByText('No changes recorded yet.'),
    ).toBeInTheDocument();
  });
});
