/*
 * The demo portal's backend: the ITSM plugin with the Backstage plugins it
 * works with (catalog as CMDB, auth, permissions, notifications, signals).
 */

import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

// Serves the built frontend (packages/app/dist) in production-style runs.
backend.add(import('@backstage/plugin-app-backend'));

// auth: guest (for curl and scripts) and the demo users sign-in (development
// only; see ./demoSignIn and auth.providers.demo in app-config.yaml).
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
backend.add(import('./demoSignIn'));

// catalog: the CMDB (examples/org.yaml and examples/entities.yaml), and the
// ITSM inventory module: hardware, network and storage devices from the
// inventory files in examples/inventory
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage-itsm/plugin-catalog-backend-module-itsm-inventory'),
);

// permissions: the demo policy (./permissionPolicy): the service desk works
// every record, others the records of entities their team owns
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('./permissionPolicy'));

// notifications and signals, used by the ITSM plugin
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

// search (the in-memory Lunr engine): the catalog, and the ITSM records
// (incidents, problems, changes, releases and the known-error base, each
// shown only to those who may read the record)
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
backend.add(import('@backstage-itsm/plugin-search-backend-module-itsm'));

// ITSM
backend.add(import('@backstage-itsm/plugin-itsm-backend'));

backend.start();
