/*
 * The backend the benchmark drives: the itsm plugin with an in-memory
 * catalog of BENCH_ENTITIES components (so the catalog lookup costs what an
 * in-process call costs). Started by run.mjs and kpiHttpBench.ts; with
 * BENCH_NO_TASKS=1 (kpiHttpBench.ts) the plugin's scheduled tasks are not
 * run, so the SLA scans, auto-close and monthly snapshots neither change
 * the seeded data nor compete with the timed reads.
 */
import { createBackend } from '@backstage/backend-defaults';
import {
  coreServices,
  createServiceFactory,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { ownerOf } from './dataset.cjs';

const count = Number(process.env.BENCH_ENTITIES ?? 2000);
const entities: Entity[] = Array.from({ length: count }, (_, i) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: `service-${i}`, namespace: 'default' },
  spec: {
    type: 'service',
    owner: ownerOf(i),
    lifecycle: 'production',
  },
}));

// The mock catalog indexes every entity on every lookup by ref (5,000
// stringified refs per report): a cost no real catalog has. Look refs up in
// a map built once, and leave everything else to the mock.
const byRef = new Map(entities.map(e => [stringifyEntityRef(e), e]));
const mock = catalogServiceMock({ entities });
const getEntitiesByRefs = async (request: { entityRefs: string[] }) => ({
  items: request.entityRefs.map(ref => byRef.get(ref)),
});
const catalog = new Proxy(mock, {
  get(target, property) {
    if (property === 'getEntitiesByRefs') return getEntitiesByRefs;
    const value = Reflect.get(target, property);
    return typeof value === 'function' ? value.bind(target) : value;
  },
});

const backend = createBackend();
backend.add(import('@backstage-itsm/plugin-itsm-backend'));
backend.add(
  createServiceFactory({
    service: catalogServiceRef,
    deps: {},
    factory: () => catalog,
  }),
);
if (process.env.BENCH_NO_TASKS === '1') {
  const noTasks: SchedulerService = {
    triggerTask: async () => {},
    scheduleTask: async () => {},
    createScheduledTaskRunner: () => ({ run: async () => {} }),
    getScheduledTasks: async () => [],
  };
  backend.add(
    createServiceFactory({
      service: coreServices.scheduler,
      deps: {},
      factory: () => noTasks,
    }),
  );
}
backend.start();
