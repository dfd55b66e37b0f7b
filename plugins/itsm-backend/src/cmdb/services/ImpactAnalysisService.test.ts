import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { ImpactNode } from '../domain/analyzeImpact';
import { ImpactAnalysisService } from './ImpactAnalysisService';

const DB = 'resource:default/payments-db';
const PAYMENTS = 'component:default/payments';
const CHECKOUT = 'component:default/checkout';

function entity(kind: string, name: string, relations: Entity['relations']) {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default', title: `${name} (catalog)` },
    spec: { type: kind === 'Resource' ? 'database' : 'service' },
    relations,
  };
}

// The catalog: checkout depends on payments, which depends on the database.
const catalogEntities: Entity[] = [
  entity('Resource', 'payments-db', [
    { type: 'dependencyOf', targetRef: PAYMENTS },
  ]),
  entity('Component', 'payments', [
    { type: 'dependencyOf', targetRef: CHECKOUT },
  ]),
  entity('Component', 'checkout', []),
];

/** The CMDB's index holds the database and payments, not checkout (not indexed yet). */
const indexed: Record<string, ImpactNode> = {
  [DB]: {
    entityRef: DB,
    kind: 'Resource',
    title: 'Payments DB (index)',
    ciClass: 'software/database',
    owners: ['group:default/dba-team'],
    next: [{ entityRef: PAYMENTS, relation: 'dependencyOf' }],
  },
  [PAYMENTS]: {
    entityRef: PAYMENTS,
    kind: 'Component',
    title: 'Payments (index)',
    ciClass: 'software/service',
    owners: ['group:default/payments-team'],
    next: [{ entityRef: CHECKOUT, relation: 'dependencyOf' }],
  },
};

/** The whole index as a walk of the graph reads it. */
const indexedLinks = [
  {
    entityRef: PAYMENTS,
    kind: 'component',
    title: 'Payments (index)',
    lifecycle: 'production',
    upstream: [{ entityRef: DB, relation: 'dependsOn' as const }],
    annotations: { 'itsm/sla': 'gold' },
  },
];

function setup(
  decision: AuthorizeResult,
  graph: { unlinked?: number; kinds?: string[] } = {},
) {
  const catalog = catalogServiceMock({ entities: catalogEntities });
  const byRefs = jest.spyOn(catalog, 'getEntitiesByRefs');
  const store = {
    impactNodes: jest.fn(async (refs: string[]) => {
      return new Map(refs.filter(r => indexed[r]).map(r => [r, indexed[r]]));
    }),
    indexedLinks: jest.fn(async () => ({
      items: indexedLinks,
      unlinked: graph.unlinked ?? 0,
    })),
  };
  const permissions = mockServices.permissions.mock({
    authorizeConditional: jest.fn(async requests =>
      requests.map(
        (): PolicyDecision =>
          decision === AuthorizeResult.CONDITIONAL
            ? {
                result: AuthorizeResult.CONDITIONAL,
                pluginId: 'catalog',
                resourceType: 'catalog-entity',
                conditions: {
                  rule: 'IS_ENTITY_OWNER',
                  resourceType: 'catalog-entity',
                  params: { claims: ['group:default/payments-team'] },
                },
              }
            : {
                result: decision as
                  | AuthorizeResult.ALLOW
                  | AuthorizeResult.DENY,
              },
      ),
    ),
  });
  const service = new ImpactAnalysisService({
    catalog,
    classRules: [],
    index: {
      store,
      permissions,
      kinds: graph.kinds ?? ['Component', 'System', 'Resource', 'API'],
    },
  });
  return { service, byRefs, store, permissions };
}

const requestedRefs = (byRefs: jest.SpyInstance) =>
  byRefs.mock.calls.flatMap(([request]) => request.entityRefs);

describe('ImpactAnalysisService', () => {
  it('walks the CMDB index for a caller who may read every entity, asking the catalog only for what the index lacks', async () => {
    const { service, byRefs, permissions } = setup(AuthorizeResult.ALLOW);
    const credentials = mockCredentials.user('user:default/pat.engineer');

    const analysis = await service.analyze({ entityRefs: [DB] }, credentials);

    expect(permissions.authorizeConditional).toHaveBeenCalledWith(
      [
        {
          permission: expect.objectContaining({ name: 'catalog.entity.read' }),
        },
      ],
      { credentials },
    );
    expect(analysis.roots.map(e => e.title)).toEqual(['Payments DB (index)']);
    expect(analysis.impacted.map(e => [e.entityRef, e.title, e.depth])).toEqual(
      [
        [PAYMENTS, 'Payments (index)', 1],
        [CHECKOUT, 'checkout (catalog)', 2],
      ],
    );
    expect(analysis.stakeholders).toEqual([
      'group:default/dba-team',
      'group:default/payments-team',
    ]);
    expect(requestedRefs(byRefs)).toEqual([CHECKOUT]);
  });

  it('reads every level from the catalog, as it answers the caller, when the policy allows only some entities', async () => {
    const { service, byRefs, store } = setup(AuthorizeResult.CONDITIONAL);

    const analysis = await service.analyze(
      { entityRefs: [DB] },
      mockCredentials.user('user:default/pat.engineer'),
    );

    expect(store.impactNodes).not.toHaveBeenCalled();
    expect(analysis.impacted.map(e => e.title)).toEqual([
      'payments (catalog)',
      'checkout (catalog)',
    ]);
    expect(requestedRefs(byRefs)).toEqual([DB, PAYMENTS, CHECKOUT]);
  });

  it('leaves a caller who may read no entity to the catalog, which answers them as it does', async () => {
    const { service, store } = setup(AuthorizeResult.DENY);
    await service.analyze(
      { entityRefs: [DB] },
      mockCredentials.user('user:default/wes.web'),
    );
    expect(store.impactNodes).not.toHaveBeenCalled();
  });

  it('names the field of a bad request before asking anyone', async () => {
    const { service, permissions } = setup(AuthorizeResult.ALLOW);
    await expect(
      service.analyze(
        { entityRefs: [DB], depth: 0 },
        mockCredentials.service(),
      ),
    ).rejects.toThrow('depth must be a whole number from 1 to 10');
    expect(permissions.authorizeConditional).not.toHaveBeenCalled();
  });

  describe('the whole graph from the index', () => {
    const request = {
      kinds: ['Component', 'System', 'Resource'],
      annotations: ['itsm/sla'],
    };
    const pat = mockCredentials.user('user:default/pat.engineer');

    it('is read in one query for a caller who may read every entity', async () => {
      const { service, store, permissions } = setup(AuthorizeResult.ALLOW);
      expect(await service.indexedGraph(request, pat)).toEqual(indexedLinks);
      expect(store.indexedLinks).toHaveBeenCalledWith({
        kinds: ['component', 'system', 'resource'],
        annotations: ['itsm/sla'],
      });
      expect(permissions.authorizeConditional).toHaveBeenCalledWith(
        [
          {
            permission: expect.objectContaining({
              name: 'catalog.entity.read',
            }),
          },
        ],
        { credentials: pat },
      );
    });

    it('is not read for a caller the catalog filters, nor when the index lacks a kind or holds items without their links', async () => {
      const conditional = setup(AuthorizeResult.CONDITIONAL);
      expect(
        await conditional.service.indexedGraph(request, pat),
      ).toBeUndefined();
      expect(conditional.store.indexedLinks).not.toHaveBeenCalled();

      const noSystems = setup(AuthorizeResult.ALLOW, {
        kinds: ['Component', 'Resource'],
      });
      expect(
        await noSystems.service.indexedGraph(request, pat),
      ).toBeUndefined();
      expect(noSystems.store.indexedLinks).not.toHaveBeenCalled();

      const older = setup(AuthorizeResult.ALLOW, { unlinked: 3 });
      expect(await older.service.indexedGraph(request, pat)).toBeUndefined();
    });
  });
});
