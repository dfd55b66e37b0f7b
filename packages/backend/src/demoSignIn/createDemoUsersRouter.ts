import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import express from 'express';
import Router from 'express-promise-router';
import { listDemoUsers } from './listDemoUsers';

/** Path of the user list, below the auth plugin: `/api/auth/demo-users`. */
export const DEMO_USERS_PATH = '/demo-users';

/** Serves the list of demo users the sign-in page offers. */
export function createDemoUsersRouter(options: {
  catalog: CatalogService;
  auth: AuthService;
}): express.Router {
  const router = Router();
  router.get(DEMO_USERS_PATH, async (_req, res) => {
    const items = await listDemoUsers(options);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ items });
  });
  return router;
}
