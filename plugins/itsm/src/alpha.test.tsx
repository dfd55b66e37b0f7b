import { screen } from '@testing-library/react';
import { Entity } from '@backstage/catalog-model';
import {
  ApiBlueprint,
  coreExtensionData,
} from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import {
  SearchFilterResultTypeBlueprint,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { itsmApiRef } from './api/ItsmApi';
import { anIncident, mockItsmApi } from './testUtils/mockItsmApi';
import itsmPlugin, {
  entityChangesContent,
  entityConfigurationItemCard,
  entityIncidentsContent,
  entityReleasesContent,
  entitySlaCard,
  entityContinuityCard,
  entityServiceHealthCard,
  itsmApi,
  itsmSearchResultListItems,
  itsmSearchResultTypeExtensions,
} from './alpha';

function anEntity(kind: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name: 'payments', namespace: 'default' },
  };
}

describe('the itsm plugin for the new frontend system', () => {
  it('holds the ITSM API and the Incidents entity tab', () => {
    expect(itsmPlugin.pluginId).toBe('itsm');
    expect(
      itsmPlugin.getExtension('entity-content:itsm/incidents'),
    ).toMatchObject({ kind: 'entity-content', name: 'incidents' });

    const api = createExtensionTester(itsmApi).get(
      ApiBlueprint.dataRefs.factory,
    );
    expect(api.api.id).toBe('plugin.itsm.api');
    expect(Object.keys(api.deps).sort()).toEqual(['discoveryApi', 'fetchApi']);
  });

  it('puts the Incidents tab on components, systems and resources', () => {
    const tester = createExtensionTester(entityIncidentsContent);

    expect(tester.get(coreExtensionData.routePath)).toBe('incidents');
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe('Incidents');
    const filter = tester.get(EntityContentBlueprint.dataRefs.filterFunction)!;
    expect(filter(anEntity('Component'))).toBe(true);
    expect(filter(anEntity('System'))).toBe(true);
    expect(filter(anEntity('Resource'))).toBe(true);
    expect(filter(anEntity('API'))).toBe(false);
    expect(filter(anEntity('Group'))).toBe(false);
  });

  it('makes Incidents, Changes and Releases tabs of their own, which a portal may group in a menu', () => {
    const { group } = EntityContentBlueprint.dataRefs;
    expect(createExtensionTester(entityIncidentsContent).get(group)).toBe(
      undefined,
    );
    expect(createExtensionTester(entityChangesContent).get(group)).toBe(
      undefined,
    );
    expect(createExtensionTester(entityReleasesContent).get(group)).toBe(
      undefined,
    );
    const grouped = { config: { group: 'operation' } };
    expect(
      createExtensionTester(entityIncidentsContent, grouped).get(group),
    ).toBe('operation');
    expect(
      createExtensionTester(entityChangesContent, grouped).get(group),
    ).toBe('operation');
    expect(
      createExtensionTester(entityReleasesContent, grouped).get(group),
    ).toBe('operation');
  });

  it('puts the Configuration item card on the overview of every configuration item', () => {
    const filter = createExtensionTester(entityConfigurationItemCard).get(
      EntityCardBlueprint.dataRefs.filterFunction,
    )!;
    for (const kind of ['Component', 'Resource', 'API', 'System', 'Domain']) {
      expect(filter(anEntity(kind))).toBe(true);
    }
    expect(filter(anEntity('Group'))).toBe(false);
    expect(filter(anEntity('User'))).toBe(false);
  });

  it('puts the Service level card on the overview of components and systems', () => {
    const filter = createExtensionTester(entitySlaCard).get(
      EntityCardBlueprint.dataRefs.filterFunction,
    )!;
    expect(filter(anEntity('Component'))).toBe(true);
    expect(filter(anEntity('System'))).toBe(true);
    expect(filter(anEntity('Resource'))).toBe(false);
  });

  it('puts the Continuity card on the overview of components and systems', () => {
    const filter = createExtensionTester(entityContinuityCard).get(
      EntityCardBlueprint.dataRefs.filterFunction,
    )!;
    expect(filter(anEntity('Component'))).toBe(true);
    expect(filter(anEntity('System'))).toBe(true);
    expect(filter(anEntity('Resource'))).toBe(false);
    expect(
      itsmPlugin.getExtension('entity-card:itsm/continuity'),
    ).toBeDefined();
  });

  it('puts the Service health card on the overview of components and systems', () => {
    const filter = createExtensionTester(entityServiceHealthCard).get(
      EntityCardBlueprint.dataRefs.filterFunction,
    )!;
    expect(filter(anEntity('Component'))).toBe(true);
    expect(filter(anEntity('System'))).toBe(true);
    expect(filter(anEntity('Group'))).toBe(false);
    expect(
      itsmPlugin.getExtension('entity-card:itsm/service-health'),
    ).toBeDefined();
  });

  it('offers each ITSM record type on the search page, listed by its own item', () => {
    const types = itsmSearchResultTypeExtensions.map(extension =>
      createExtensionTester(extension).get(
        SearchFilterResultTypeBlueprint.dataRefs.resultType,
      ),
    );
    expect(types.map(({ value, name }) => [value, name])).toEqual([
      ['itsm-incident', 'Incidents'],
      ['itsm-problem', 'Problems'],
      ['itsm-known-error', 'Known errors'],
      ['itsm-change', 'Changes'],
      ['itsm-release', 'Releases'],
      ['itsm-risk', 'Risks'],
      ['itsm-impact-analysis', 'Business impact analyses'],
      ['itsm-continuity-plan', 'Continuity plans'],
      ['itsm-exercise', 'Exercises'],
      ['itsm-improvement', 'Improvement items'],
      ['itsm-training', 'Training sessions'],
    ]);
    expect(
      itsmPlugin.getExtension('search-filter-result-type:itsm/known-errors'),
    ).toBeDefined();
    expect(
      itsmPlugin.getExtension(
        'search-filter-result-type:itsm/business-impact-analyses',
      ),
    ).toBeDefined();

    const listed = (type: string) =>
      itsmSearchResultListItems.filter(extension =>
        createExtensionTester(extension)
          .get(SearchResultListItemBlueprint.dataRefs.item)
          .predicate?.({
            type,
            document: { title: '', text: '', location: '' },
          }),
      );
    for (const { value } of types) {
      expect(listed(value)).toHaveLength(1);
    }
    expect(listed('software-catalog')).toHaveLength(0);
  });

  // Rendering the whole entity content in jsdom takes seconds on a busy machine.
  it("renders the entity's incidents", async () => {
    const api = mockItsmApi();
    api.listIncidents.mockResolvedValue({
      items: [anIncident({ ref: 'INC-7', title: 'Disk full' })],
    });
    api.countIncidents.mockResolvedValue({
      total: 1,
      byPriority: { P1: 0, P2: 0, P3: 1, P4: 0 },
    });
    const tester = createExtensionTester(entityIncidentsContent);

    await renderInTestApp(
      <EntityProvider entity={anEntity('Component')}>
        {tester.reactElement()}
      </EntityProvider>,
      { apis: [[itsmApiRef, api]] },
    );

    // The tab's component is loaded lazily: allow for its first compilation.
    expect(
      await screen.findByText('Disk full', undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
  }, 20_000);
});
