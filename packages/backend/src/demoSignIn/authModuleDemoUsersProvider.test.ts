import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import authPlugin from '@backstage/plugin-auth-backend';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { authModuleDemoUsersProvider } from './authModuleDemoUsersProvider';

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name: 'payments-team',
      namespace: 'default',
      title: 'Payments Team',
    },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: {
      name: 'paula.lead',
      namespace: 'default',
      description: 'Team lead, Payments Team.',
    },
    spec: {
      profile: { displayName: 'Paula Lead', email: 'paula.lead@acme.example' },
      memberOf: ['payments-team'],
    },
    relations: [{ type: 'memberOf', targetRef: 'group:default/payments-team' }],
  },
];

function decodeClaims(token: string) {
  return JSON.parse(
    Buffer.from(token.split('.')[1], 'base64url').toString('utf8'),
  );
}

async function startBackend(auth: object) {
  return startTestBackend({
    features: [
      authPlugin,
      authModuleDemoUsersProvider,
      catalogServiceMock.factory({ entities }),
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://localhost:3000' },
          auth,
        },
      }),
    ],
  });
}

describe('authModuleDemoUsersProvider', () => {
  it('lists the catalog users with their role and groups', async () => {
    const { server } = await startBackend({
      providers: { demo: { development: {} } },
    });

    const res = await request(server).get('/api/auth/demo-users');

    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      {
        name: 'paula.lead',
        entityRef: 'user:default/paula.lead',
        displayName: 'Paula Lead',
        description: 'Team lead, Payments Team.',
        email: 'paula.lead@acme.example',
        groups: [
          {
            entityRef: 'group:default/payments-team',
            name: 'payments-team',
            title: 'Payments Team',
          },
        ],
      },
    ]);
  });

  it('signs in as the user named in the header, with group ownership', async () => {
    const { server } = await startBackend({
      providers: { demo: { development: {} } },
    });

    const res = await request(server)
      .get('/api/auth/demo/refresh')
      .set('x-demo-user', 'paula.lead')
      .set('X-Requested-With', 'XMLHttpRequest');

    expect(res.status).toBe(200);
    expect(res.body.profile).toEqual({
      displayName: 'Paula Lead',
      email: 'paula.lead@acme.example',
    });
    expect(res.body.backstageIdentity.identity).toEqual({
      type: 'user',
      userEntityRef: 'user:default/paula.lead',
      ownershipEntityRefs: expect.arrayContaining([
        'user:default/paula.lead',
        'group:default/payments-team',
      ]),
    });
    expect(decodeClaims(res.body.backstageIdentity.token).sub).toBe(
      'user:default/paula.lead',
    );
  });

  it('refuses a missing header, a malformed name and an unknown user', async () => {
    const { server } = await startBackend({
      providers: { demo: { development: {} } },
    });
    const refresh = (user?: string) => {
      const req = request(server)
        .get('/api/auth/demo/refresh')
        .set('X-Requested-With', 'XMLHttpRequest');
      return user === undefined ? req : req.set('x-demo-user', user);
    };

    expect((await refresh()).status).toBe(401);
    expect((await refresh('group:default/payments-team')).status).toBe(400);
    expect((await refresh('../etc')).status).toBe(400);
    expect((await refresh('nobody')).status).toBe(404);
  });

  it('is off without its config block', async () => {
    const { server } = await startBackend({ providers: {} });

    expect((await request(server).get('/api/auth/demo-users')).status).toBe(
      404,
    );
    const res = await request(server)
      .get('/api/auth/demo/refresh')
      .set('x-demo-user', 'paula.lead')
      .set('X-Requested-With', 'XMLHttpRequest');
    expect(res.status).toBe(404);
  });

  it('is off when the block has no entry for the auth environment', async () => {
    const { server } = await startBackend({
      environment: 'staging',
      providers: { demo: { development: {} } },
    });

    expect((await request(server).get('/api/auth/demo-users')).status).toBe(
      404,
    );
  });

  it('refuses to start when enabled for the production environment', async () => {
    await expect(
      startBackend({
        environment: 'production',
        providers: { demo: { production: {} } },
      }),
    ).rejects.toThrow(/must not run with auth.environment 'production'/);
  });
});
