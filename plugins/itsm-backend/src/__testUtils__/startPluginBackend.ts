import {
  mockServices,
  startTestBackend,
  type TestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { itsmPlugin } from '../plugin';

const entities = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'checkout-service', namespace: 'default' },
    spec: { type: 'service', owner: 'payments-team', lifecycle: 'production' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name: 'payments-db', namespace: 'default' },
    spec: { type: 'database', owner: 'group:default/dba-team' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: 'ledger-db',
      namespace: 'default',
      annotations: { 'itsm/support-group': 'group:default/dba-team' },
    },
    spec: { type: 'database', owner: 'group:default/payments-team' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'wes.web', namespace: 'default' },
    spec: {},
  },
];

/**
 * The whole plugin on an in-memory database, called as user:default/mock
 * unless a request says otherwise, with a catalog of checkout-service
 * (owned by the payments team), payments-db (the DBA team's), ledger-db
 * (the payments team's, supported by the DBA team) and the user wes.web.
 * `extra` adds features, such as a permission policy.
 */
export async function startPluginBackend(
  extra: Parameters<typeof startTestBackend>[0]['features'] = [],
): Promise<TestBackend> {
  return startTestBackend({
    features: [
      itsmPlugin,
      catalogServiceMock.factory({ entities }),
      mockServices.database.factory(),
      ...extra,
    ],
  });
}

/** A P2 incident of checkout-service, as a portal form reports it. */
export const report = {
  title: 'Checkout returns 500',
  description: 'Since 10:02 every payment fails',
  entityRefs: ['component:checkout-service'],
  priority: 'P2',
};
