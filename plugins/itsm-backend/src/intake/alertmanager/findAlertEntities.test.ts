import { mockCredentials } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogIntakeLookup } from '../catalog/IntakeLookup';
import { intakeCatalog } from '../__testUtils__/intakeCatalog';
import { AlertmanagerAlert } from './AlertmanagerPayload';
import { defaultAlertIntakeSettings } from './alertIntakeSettings';
import { findAlertEntities } from './findAlertEntities';

const lookup = new CatalogIntakeLookup(
  catalogServiceMock({ entities: intakeCatalog }),
);

function alert(labels: Record<string, string>): AlertmanagerAlert {
  return {
    status: 'firing',
    labels,
    annotations: {},
    startsAt: '2026-11-24T10:00:00Z',
    endsAt: '0001-01-01T00:00:00Z',
    generatorURL: '',
    fingerprint: 'f',
  };
}

const find = (...alerts: AlertmanagerAlert[]) =>
  findAlertEntities({
    alerts,
    settings: defaultAlertIntakeSettings,
    lookup,
    credentials: mockCredentials.service(),
  });

describe('findAlertEntities', () => {
  it('takes the entity named by the label, in any spelling', async () => {
    await expect(
      find(alert({ backstage_entity: 'Resource:ledger-db' })),
    ).resolves.toEqual(['resource:default/ledger-db']);
    await expect(
      find(alert({ backstage_entity: 'checkout-service', service: 'x' })),
    ).resolves.toEqual(['component:default/checkout-service']);
  });

  it('prefers the label to selectors, and ignores refs the catalog lacks', async () => {
    await expect(
      find(
        alert({
          backstage_entity: 'resource:default/ledger-db',
          service: 'checkout',
          env: 'prod',
        }),
      ),
    ).resolves.toEqual(['resource:default/ledger-db']);
    await expect(
      find(
        alert({
          backstage_entity: 'component:default/gone',
          service: 'checkout',
          env: 'prod',
        }),
      ),
    ).resolves.toEqual(['component:default/checkout-service']);
  });

  it('matches entity selectors against each alert', async () => {
    await expect(
      find(
        alert({ service: 'checkout', env: 'staging', pod: 'a' }),
        alert({ service: 'checkout', env: 'prod', pod: 'b' }),
      ),
    ).resolves.toEqual([
      'component:default/checkout-service',
      'component:default/checkout-staging',
    ]);
  });

  it('finds nothing when nothing matches (the service desk takes it)', async () => {
    await expect(
      find(alert({ service: 'checkout' }), alert({ backstage_entity: ':::' })),
    ).resolves.toEqual([]);
  });
});
