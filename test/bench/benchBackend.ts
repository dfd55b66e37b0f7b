/*
 * The backend the benchmark drives: the itsm plugin with an in-memory
 * catalog of BENCH_ENTITIES components (so the catalog lookup costs what an
 * in-process call costs). Started by run.mjs.
 */
import { createBackend } from '@backstage/backend-defaults';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';

const count = Number(process.env.BENCH_ENTITIES ?? 2000);
const backend = createBackend();
backend.add(import('@backstage-itsm/plugin-itsm-backend'));
backend.add(
  catalogServiceMock.factory({
    entities: Array.from({ length: count }, (_, i) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: `service-${i}`, namespace: 'default' },
      spec: {
        type: 'service',
        owner: `team-${i % 50}`,
        lifecycle: 'production',
      },
    })),
  }),
);
backend.start();
