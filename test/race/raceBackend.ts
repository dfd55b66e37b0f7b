/*
 * One backend instance of the two-process race test: the itsm plugin on the
 * shared PostgreSQL, with an in-memory catalog. Started by run.mjs.
 */
import { createBackend } from '@backstage/backend-defaults';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';

const backend = createBackend();
backend.add(import('@backstage-itsm/plugin-itsm-backend'));
backend.add(
  catalogServiceMock.factory({
    entities: [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'checkout-service', namespace: 'default' },
        spec: {
          type: 'service',
          owner: 'payments-team',
          lifecycle: 'production',
        },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'sla-service',
          namespace: 'default',
          annotations: { 'itsm/sla': 'race' },
        },
        spec: {
          type: 'service',
          owner: 'payments-team',
          lifecycle: 'production',
        },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'detect-service', namespace: 'default' },
        spec: {
          type: 'service',
          owner: 'payments-team',
          lifecycle: 'production',
        },
      },
    ],
  }),
);
backend.start();
