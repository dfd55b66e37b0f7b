import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogImpactLoader, toImpactNode } from './catalogImpactLoader';

const component = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type: 'service' },
});

describe('catalogImpactLoader', () => {
  it('asks the catalog in bulk, 500 refs a request, for the fields it reads, as the caller', async () => {
    const calls: { refs: string[]; fields?: string[]; credentials: unknown }[] =
      [];
    const catalog = {
      getEntitiesByRefs: async (
        req: { entityRefs: string[]; fields?: string[] },
        opts: { credentials: unknown },
      ) => {
        calls.push({
          refs: req.entityRefs,
          fields: req.fields,
          credentials: opts.credentials,
        });
        return {
          items: req.entityRefs.map(ref =>
            ref.endsWith('-7') ? undefined : component(ref.split('/')[1]),
          ),
        };
      },
    } as unknown as CatalogService;
    const credentials = mockCredentials.user('user:default/pat.engineer');
    const load = catalogImpactLoader(catalog, { credentials, classRules: [] });

    const refs = Array.from(
      { length: 1200 },
      (_, i) => `component:default/s-${i}`,
    );
    const nodes = await load(refs);

    expect(calls.map(c => c.refs.length)).toEqual([500, 500, 200]);
    expect(calls[0].fields).toEqual(
      expect.arrayContaining(['kind', 'relations', 'spec.type']),
    );
    expect(calls[0].credentials).toBe(credentials);
    expect(nodes.size).toBe(1199);
    expect(nodes.has('component:default/s-7')).toBe(false);
  });
});

describe('toImpactNode', () => {
  it('follows the relations that carry an impact, in lower case, and reads owners and class', () => {
    const node = toImpactNode(
      {
        ...component('Payments-Service'),
        metadata: {
          name: 'Payments-Service',
          namespace: 'default',
          title: 'Payments',
        },
        relations: [
          { type: 'ownedBy', targetRef: 'group:default/Payments-Team' },
          { type: 'dependsOn', targetRef: 'resource:default/payments-db' },
          { type: 'dependencyOf', targetRef: 'component:default/Checkout' },
          { type: 'providesApi', targetRef: 'api:default/payments-api' },
          { type: 'consumesApi', targetRef: 'api:default/fx-api' },
          { type: 'partOf', targetRef: 'system:default/shop' },
        ],
      },
      [],
    );
    expect(node).toEqual({
      entityRef: 'component:default/payments-service',
      kind: 'Component',
      title: 'Payments',
      ciClass: 'software/service',
      owners: ['group:default/payments-team'],
      next: [
        { entityRef: 'component:default/checkout', relation: 'dependencyOf' },
        { entityRef: 'api:default/payments-api', relation: 'providesApi' },
        { entityRef: 'system:default/shop', relation: 'partOf' },
      ],
    });
  });
});
