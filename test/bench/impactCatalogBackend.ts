/*
 * The backend of the real-catalog impact benchmark: Backstage's catalog
 * (reading the generated catalog file) and the itsm plugin, nothing else.
 * Started by impactCatalogBench.mjs.
 */
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage-itsm/plugin-itsm-backend'));
backend.start();
