import { mockCredentials } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogWindowReader } from './CatalogWindowReader';

const entity = (kind: string, name: string, extra: object = {}) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default', ...extra },
  spec: {},
});

const weekend = JSON.stringify([
  {
    name: 'Payments weekend freeze',
    start: '2026-01-02T16:00:00Z',
    duration: 'PT64H',
    rrule: 'FREQ=WEEKLY;BYDAY=FR',
  },
]);

describe('CatalogWindowReader', () => {
  it('reads the windows of entities and of their systems, and names the annotations it cannot read', async () => {
    const catalog = catalogServiceMock({
      entities: [
        {
          ...entity('Component', 'checkout-service'),
          spec: { system: 'payments-platform' },
        },
        entity('System', 'payments-platform', {
          annotations: { 'itsm/freeze-windows': weekend },
        }),
        entity('Resource', 'payments-db', {
          annotations: {
            'itsm/maintenance-windows':
              '[{"name":"Sunday night","start":"2026-01-04T01:00:00Z"}]',
            'itsm/freeze-windows': 'weekends',
          },
        }),
      ],
    });
    const reader = new CatalogWindowReader(catalog);
    const found = await reader.windowsFor(
      ['component:default/checkout-service', 'resource:default/payments-db'],
      mockCredentials.user(),
    );
    expect(found.scopes).toEqual({
      'component:default/checkout-service': [
        'component:default/checkout-service',
        'system:default/payments-platform',
      ],
      'resource:default/payments-db': ['resource:default/payments-db'],
    });
    expect(found.windows).toEqual([
      {
        name: 'Payments weekend freeze',
        kind: 'freeze',
        start: '2026-01-02T16:00:00.000Z',
        durationMinutes: 64 * 60,
        rrule: 'FREQ=WEEKLY;BYDAY=FR',
        entityRefs: ['system:default/payments-platform'],
        source: 'system:default/payments-platform',
      },
    ]);
    expect(found.missing).toEqual([]);
    expect(
      (
        await reader.windowsFor(
          ['component:default/gone'],
          mockCredentials.user(),
        )
      ).missing,
    ).toEqual(['component:default/gone']);
    expect(found.problems).toEqual([
      'resource:default/payments-db itsm/freeze-windows is not a JSON list of windows',
      'resource:default/payments-db itsm/maintenance-windows[0].duration is required without an end: ISO 8601 (PT4H) or { hours: 4 }',
    ]);
  });
});
