/*
 * The backend of the real-catalog impact benchmark: Backstage's catalog
 * (reading the generated catalog file), the itsm plugin, and what a
 * signed-in user's request goes through: the auth backend (its guest
 * provider issues the bench's user token) and the permission backend with
 * a policy the benchmark switches between two answers for reading catalog
 * entities. Started by impactCatalogBench.mjs.
 */
import { createBackend } from '@backstage/backend-defaults';
import {
  coreServices,
  createBackendModule,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  isPermission,
} from '@backstage/plugin-permission-common';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import express from 'express';

/**
 * How the policy answers a user reading catalog entities: `allow` every
 * entity, or `conditional` (the entities of the bench's kinds, which are
 * all of them, but as a condition the catalog applies to each entity).
 */
let catalogRead: 'allow' | 'conditional' = 'allow';

const benchPolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'impact-bench-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy({
          async handle(request) {
            if (
              catalogRead === 'conditional' &&
              isPermission(request.permission, catalogEntityReadPermission)
            ) {
              return createCatalogConditionalDecision(
                request.permission,
                catalogConditions.isEntityKind({
                  kinds: ['component', 'system', 'api', 'resource', 'domain'],
                }),
              );
            }
            return { result: AuthorizeResult.ALLOW };
          },
        });
      },
    });
  },
});

/** `PUT /api/impact-bench/catalog-read/{allow|conditional}` switches the policy. */
const benchControl = createBackendPlugin({
  pluginId: 'impact-bench',
  register(reg) {
    reg.registerInit({
      deps: { http: coreServices.httpRouter },
      async init({ http }) {
        const router = express.Router();
        router.put('/catalog-read/:mode', (req, res) => {
          const mode = req.params.mode;
          if (mode !== 'allow' && mode !== 'conditional') {
            res.status(400).json({ error: 'mode: allow or conditional' });
            return;
          }
          catalogRead = mode;
          res.json({ catalogRead });
        });
        http.use(router);
        http.addAuthPolicy({ path: '/', allow: 'unauthenticated' });
      },
    });
  },
});

const backend = createBackend();
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(benchPolicy);
backend.add(benchControl);
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage-itsm/plugin-itsm-backend'));
backend.start();
