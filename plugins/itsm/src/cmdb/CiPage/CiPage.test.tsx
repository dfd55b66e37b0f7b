import { Entity } from '@backstage/catalog-model';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { ImpactAnalysis } from '@backstage-itsm/plugin-itsm-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { itsmApiRef } from '../../api/ItsmApi';
import { rootRouteRef } from '../../routes';
import {
  aChange,
  anIncident,
  aRelease,
  mockItsmApi,
} from '../../testUtils/mockItsmApi';
import { layoutSvgInJsdom } from '../../testUtils/layoutSvgInJsdom';
import { CiPage } from './CiPage';

layoutSvgInJsdom();

const server: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'srv-db-01',
    namespace: 'default',
    title: 'DB Server 01',
    labels: { location: 'dc-east' },
    annotations: {
      'itsm/model': 'PowerEdge R760',
      'backstage.io/techdocs-ref': 'dir:.',
    },
  },
  spec: { type: 'server', owner: 'group:default/platform-team' },
};

const analysis: ImpactAnalysis = {
  roots: [
    {
      entityRef: 'resource:default/srv-db-01',
      kind: 'Resource',
      title: 'DB Server 01',
      ciClass: 'hardware/server',
      owners: ['group:default/platform-team'],
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
      owners: ['group:default/payments-team'],
      depth: 1,
      path: ['resource:default/srv-db-01', 'resource:default/payments-db'],
      relation: 'dependencyOf',
    },
  ],
  edges: [
    {
      from: 'resource:default/srv-db-01',
      to: 'resource:default/payments-db',
      relation: 'dependencyOf',
    },
  ],
  stakeholders: ['group:default/payments-team', 'group:default/platform-team'],
  maxDepth: 2,
  truncated: false,
};

async function renderPage() {
  const api = mockItsmApi();
  api.analyzeImpact.mockResolvedValue(analysis);
  api.listCiChanges.mockResolvedValue({
    items: [
      {
        id: '4',
        entityRef: 'resource:default/srv-db-01',
        kind: 'modified',
        differences: [{ path: 'spec.owner', before: 'a', after: 'b' }],
        sourceLocation: 'file:/inventory.csv',
        unauthorized: true,
        detectedAt: new Date().toISOString(),
      },
    ],
  });
  api.listIncidents.mockResolvedValue({
    items: [anIncident({ ref: 'INC-9', title: 'Disk full' })],
  });
  api.listChanges.mockResolvedValue({
    items: [aChange({ ref: 'CHG-4', title: 'Replace the disks' })],
  });
  api.listReleases.mockResolvedValue({
    items: [
      aRelease({
        ref: 'REL-2',
        title: 'Firmware 2.1.0',
        releaseVersion: '2.1.0',
        state: 'rolled_back',
        reason: 'Fans at full speed',
      }),
    ],
  });
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [itsmApiRef, api],
        [catalogApiRef, { getEntityByRef: async () => server }],
      ]}
    >
      <Routes>
        <Route path="/cmdb/:kind/:namespace/:name" element={<CiPage />} />
      </Routes>
    </TestApiProvider>,
    {
      routeEntries: ['/cmdb/resource/default/srv-db-01'],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/': rootRouteRef,
      },
    },
  );
  return api;
}

describe('CiPage', () => {
  it('shows the attributes, documents, relationships graph, history, incidents, changes and releases of an item', async () => {
    const api = await renderPage();
    expect(await screen.findByTestId('header-title')).toHaveTextContent(
      'DB Server 01',
    );
    const attributes = screen.getByRole('table', { name: 'Attributes' });
    expect(within(attributes).getByText('PowerEdge R760')).toBeInTheDocument();
    expect(within(attributes).getByText('dc-east')).toBeInTheDocument();
    expect(
      screen.getByText('Technical documentation (TechDocs)'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Class: hardware/server'),
    ).toBeInTheDocument();

    const graph = await screen.findByRole('figure', {
      name: 'What depends on it, 2 steps',
    });
    expect(
      await within(graph).findByRole('link', { name: 'Payments DB' }),
    ).toBeInTheDocument();

    const history = await screen.findByRole('table', {
      name: 'Change history',
    });
    expect(within(history).getByText('Unauthorised')).toBeInTheDocument();
    expect(
      within(history).getByText('from file:/inventory.csv'),
    ).toBeInTheDocument();
    expect(await screen.findByText('Disk full')).toBeInTheDocument();
    expect(api.listIncidents).toHaveBeenCalledWith({
      entityRef: 'resource:default/srv-db-01',
      limit: 10,
    });
    const changes = await screen.findByRole('table', {
      name: 'Changes of this item',
    });
    expect(within(changes).getByText('Replace the disks')).toBeInTheDocument();
    expect(api.listChanges).toHaveBeenCalledWith({
      entityRef: 'resource:default/srv-db-01',
      limit: 10,
    });
    const releases = await screen.findByRole('table', {
      name: 'Releases of this item',
    });
    expect(within(releases).getByText('Firmware 2.1.0')).toBeInTheDocument();
    expect(
      within(releases).getByText('Rolled back: Fans at full speed'),
    ).toBeInTheDocument();
    expect(api.listReleases).toHaveBeenCalledWith({
      entityRef: 'resource:default/srv-db-01',
      limit: 10,
    });
  });

  it('goes upstream, to a chosen depth, on request', async () => {
    const api = await renderPage();
    await screen.findByRole('figure', { name: 'What depends on it, 2 steps' });
    fireEvent.click(screen.getByRole('button', { name: 'What it relies on' }));
    await waitFor(() =>
      expect(api.analyzeImpact).toHaveBeenLastCalledWith({
        entityRefs: ['resource:default/srv-db-01'],
        depth: 2,
        direction: 'upstream',
      }),
    );
    expect(
      await screen.findByRole('figure', { name: 'What it relies on, 2 steps' }),
    ).toBeInTheDocument();
  });
});
