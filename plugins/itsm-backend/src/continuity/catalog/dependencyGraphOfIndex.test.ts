import { dependencyGraphOfIndex } from './dependencyGraphOfIndex';

describe('dependencyGraphOfIndex', () => {
  it('relies on dependsOn and hasPart links and on the parts naming a system, keeping what the report shows', () => {
    const graph = dependencyGraphOfIndex([
      {
        entityRef: 'system:default/payments',
        kind: 'system',
        title: 'payments',
        upstream: [
          { entityRef: 'component:default/ledger', relation: 'hasPart' },
        ],
        annotations: {},
      },
      {
        entityRef: 'component:default/checkout',
        kind: 'component',
        title: 'Checkout',
        owner: 'group:default/payments-team',
        system: 'system:default/payments',
        lifecycle: 'production',
        upstream: [
          { entityRef: 'resource:default/payments-db', relation: 'dependsOn' },
          { entityRef: 'api:default/cards', relation: 'consumesApi' },
          { entityRef: 'component:default/ledger', relation: 'dependsOn' },
        ],
        annotations: { 'itsm/sla': 'gold' },
      },
    ]);
    expect(graph.get('system:default/payments')).toEqual({
      entityRef: 'system:default/payments',
      kind: 'system',
      dependsOn: ['component:default/checkout', 'component:default/ledger'],
    });
    expect(graph.get('component:default/checkout')).toEqual({
      entityRef: 'component:default/checkout',
      kind: 'component',
      title: 'Checkout',
      owner: 'group:default/payments-team',
      system: 'system:default/payments',
      lifecycle: 'production',
      slaAnnotation: 'gold',
      dependsOn: ['component:default/ledger', 'resource:default/payments-db'],
    });
  });
});
