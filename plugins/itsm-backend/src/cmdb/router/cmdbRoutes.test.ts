import { Entity } from '@backstage/catalog-model';
import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import express from 'express';
import request from 'supertest';
import { ImpactAnalysisService } from '../services/ImpactAnalysisService';
import { CmdbReader } from '../services/CmdbReader';
import { createRouter } from '../../core/router/createRouter';
import { mountCmdbRoutes } from './cmdbRoutes';

/** An entity with the relations the catalog would have computed. */
function entity(
  kind: string,
  name: string,
  owner: string,
  relations: [string, string][],
  type?: string,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default' },
    spec: { ...(type ? { type } : {}), owner },
    relations: [
      { type: 'ownedBy', targetRef: owner },
      ...relations.map(([relation, targetRef]) => ({
        type: relation,
        targetRef,
      })),
    ],
  };
}

// payments-db <- payments-service -> payments-api <- checkout-web; the
// service and web are parts of the shop system, which is part of itself
// through a careless relation (a cycle).
const entities = [
  entity(
    'Resource',
    'payments-db',
    'group:default/dba-team',
    [['dependencyOf', 'component:default/payments-service']],
    'database',
  ),
  entity(
    'Component',
    'payments-service',
    'group:default/payments-team',
    [
      ['dependsOn', 'resource:default/payments-db'],
      ['providesApi', 'api:default/payments-api'],
      ['partOf', 'system:default/shop'],
    ],
    'service',
  ),
  entity(
    'API',
    'payments-api',
    'group:default/payments-team',
    [
      ['apiConsumedBy', 'component:default/checkout-web'],
      ['apiProvidedBy', 'component:default/payments-service'],
    ],
    'openapi',
  ),
  entity(
    'Component',
    'checkout-web',
    'group:default/web-team',
    [
      ['consumesApi', 'api:default/payments-api'],
      ['partOf', 'system:default/shop'],
    ],
    'website',
  ),
  entity('System', 'shop', 'group:default/commerce', [
    ['partOf', 'system:default/shop'],
  ]),
];

const cmdb = {
  listChanges: jest.fn(),
  listItems: jest.fn(),
  report: jest.fn(),
} as unknown as jest.Mocked<CmdbReader>;

async function setup() {
  const router = await createRouter({
    routes: [
      r =>
        mountCmdbRoutes(r, {
          impact: new ImpactAnalysisService({
            catalog: catalogServiceMock({ entities }),
            classRules: [],
          }),
          cmdb,
          httpAuth: mockServices.httpAuth({
            defaultCredentials: mockCredentials.user(
              'user:default/pat.engineer',
            ),
          }),
        }),
    ],
  });
  return express().use(router).use(mockErrorHandler());
}

describe('GET /impact', () => {
  it('answers what depends on an entity, with depth, path, class and stakeholders', async () => {
    const res = await request(await setup()).get(
      '/impact?entityRef=resource:default/payments-db',
    );
    expect(res.status).toBe(200);
    expect(res.body.roots).toEqual([
      expect.objectContaining({
        entityRef: 'resource:default/payments-db',
        ciClass: 'software/database',
        depth: 0,
      }),
    ]);
    expect(
      res.body.impacted.map((i: any) => [i.entityRef, i.depth, i.relation]),
    ).toEqual([
      ['component:default/payments-service', 1, 'dependencyOf'],
      ['api:default/payments-api', 2, 'providesApi'],
      ['system:default/shop', 2, 'partOf'],
      ['component:default/checkout-web', 3, 'apiConsumedBy'],
    ]);
    expect(res.body.impacted[3].path).toEqual([
      'resource:default/payments-db',
      'component:default/payments-service',
      'api:default/payments-api',
      'component:default/checkout-web',
    ]);
    expect(res.body.stakeholders).toEqual([
      'group:default/commerce',
      'group:default/dba-team',
      'group:default/payments-team',
      'group:default/web-team',
    ]);
    expect(res.body.truncated).toBe(false);
  });

  it('goes upstream to what an entity relies on', async () => {
    const res = await request(await setup()).get(
      '/impact?entityRef=component:default/checkout-web&direction=upstream',
    );
    expect(res.status).toBe(200);
    expect(
      res.body.impacted.map((i: any) => [i.entityRef, i.depth, i.relation]),
    ).toEqual([
      ['api:default/payments-api', 1, 'consumesApi'],
      ['component:default/payments-service', 2, 'apiProvidedBy'],
      ['resource:default/payments-db', 3, 'dependsOn'],
    ]);
  });

  it('stops at the asked depth and says more lay beyond', async () => {
    const res = await request(await setup()).get(
      '/impact?entityRef=resource:default/payments-db&depth=1',
    );
    expect(res.body.impacted.map((i: any) => i.entityRef)).toEqual([
      'component:default/payments-service',
    ]);
    expect(res.body).toMatchObject({ maxDepth: 1, truncated: true });
  });

  it('starts from several entities, in any spelling, and names the missing ones', async () => {
    const res = await request(await setup()).get(
      '/impact?entityRef=api:payments-api&entityRef=component:default/ghost',
    );
    expect(res.status).toBe(200);
    expect(res.body.roots.map((r: any) => r.entityRef)).toEqual([
      'api:default/payments-api',
    ]);
    expect(res.body.missing).toEqual(['component:default/ghost']);
  });

  it.each([
    ['/impact', 'entityRef'],
    ['/impact?entityRef=resource:default/payments-db&depth=11', 'depth'],
    ['/impact?entityRef=resource:default/payments-db&depth=0', 'depth'],
    ['/impact?entityRef=not%20a%20ref', 'entityRef'],
  ])('refuses %s with a 400 naming %s', async (url, field) => {
    const res = await request(await setup()).get(url);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(field);
  });
});

describe('GET /ci-changes', () => {
  it('passes the filters and the page to the history', async () => {
    cmdb.listChanges.mockResolvedValue({
      items: [
        {
          id: '7',
          entityRef: 'resource:default/payments-db',
          kind: 'modified',
          differences: [{ path: 'spec.owner', before: 'a', after: 'b' }],
          unauthorized: true,
          detectedAt: '2026-11-28T10:00:00.000Z',
        },
      ],
      nextCursor: 'next',
    });
    const res = await request(await setup()).get(
      '/ci-changes?entityRef=resource:default/payments-db&unauthorized=true&limit=10&cursor=abc',
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      items: [{ id: '7' }],
      nextCursor: 'next',
    });
    expect(cmdb.listChanges).toHaveBeenCalledWith({
      entityRef: 'resource:default/payments-db',
      unauthorized: true,
      limit: 10,
      cursor: 'abc',
    });
  });

  it('refuses a page size over 100, naming limit', async () => {
    const res = await request(await setup()).get('/ci-changes?limit=500');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('limit');
  });
});

describe('GET /cis', () => {
  it('passes every filter, the attribute as path and value, and the page', async () => {
    cmdb.listItems.mockResolvedValue({ items: [] });
    const res = await request(await setup()).get(
      '/cis?class=hardware&kind=Resource&type=server&owner=group:default/ops&system=system:default/infra&lifecycle=production&q=db&attribute=metadata.annotations.itsm/supplier%3DDell&limit=5&cursor=c',
    );
    expect(res.body).toEqual({ items: [] });
    expect(cmdb.listItems).toHaveBeenCalledWith(
      {
        ciClass: 'hardware',
        kind: 'Resource',
        type: 'server',
        owner: 'group:default/ops',
        system: 'system:default/infra',
        lifecycle: 'production',
        text: 'db',
        attribute: {
          path: 'metadata.annotations.itsm/supplier',
          value: 'Dell',
        },
        limit: 5,
        cursor: 'c',
      },
      expect.anything(),
    );
  });

  it('refuses an attribute without a value, naming it', async () => {
    const res = await request(await setup()).get('/cis?attribute=spec.type');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(
      "attribute 'spec.type' must be path=value",
    );
  });
});

describe('GET /cis/report', () => {
  it('asks for the stale days given, and refuses nonsense', async () => {
    cmdb.report.mockResolvedValue({ total: 0 } as any);
    const app = await setup();
    expect((await request(app).get('/cis/report?staleDays=30')).status).toBe(
      200,
    );
    expect(cmdb.report).toHaveBeenCalledWith(
      { staleDays: 30 },
      expect.anything(),
    );
    const bad = await request(app).get('/cis/report?staleDays=0');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('staleDays');
  });
});
