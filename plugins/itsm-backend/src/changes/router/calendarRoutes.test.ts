import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { itsmPlugin } from '../../plugin';

jest.setTimeout(60_000);

const component = (name: string, system?: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: {
    type: 'service',
    owner: 'payments-team',
    lifecycle: 'production',
    ...(system ? { system } : {}),
  },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-team' }],
});

const entities = [
  component('checkout-service', 'payments'),
  component('web-shop'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: {
      name: 'payments',
      namespace: 'default',
      annotations: {
        'itsm/maintenance-windows': JSON.stringify([
          {
            name: 'Sunday patching',
            start: '2026-11-01T02:00:00Z',
            duration: 'PT2H',
            rrule: 'FREQ=WEEKLY;BYDAY=SU',
          },
        ]),
      },
    },
    spec: { owner: 'payments-team' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'payments-team', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
];

const pat = mockCredentials.user.header('user:default/pat.engineer');
const wes = mockCredentials.user.header('user:default/wes.web');
/** No Backstage token: a calendar app, or anyone on the network. */
const nobody = mockCredentials.none.header();

const aChange = (entityRef: string, start: string, end: string) => ({
  title: `Upgrade ${entityRef.split('/')[1]}`,
  description: 'New base image',
  entityRefs: [entityRef],
  model: 'normal',
  changeType: 'system',
  reason: 'Node 20 leaves support',
  window: { start, end },
  plan: [{ title: 'Roll out' }],
  backoutPlan: 'Previous tag',
  testPlan: 'Smoke test',
  risk: {
    answers: {
      customerFacing: 'no',
      downtime: 'no',
      data: 'no',
      untested: 'no',
      noBackout: 'no',
      reach: 'none',
    },
  },
});

async function startBackend(options?: { subscribe: 'allow' | 'deny' }) {
  const { server } = await startTestBackend({
    features: [
      itsmPlugin,
      catalogServiceMock.factory({ entities }),
      mockServices.database.factory(),
      ...(options?.subscribe === 'deny'
        ? [mockServices.permissions.factory({ result: AuthorizeResult.DENY })]
        : []),
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://portal.example.com' },
          itsm: {
            changes: {
              freezes: [
                {
                  name: 'Year-end freeze',
                  start: '2026-12-20T00:00:00Z',
                  end: '2027-01-04T00:00:00Z',
                },
              ],
            },
          },
        },
      }),
    ],
  });
  /** Requests a change on the entity and, unless `draft`, submits it. */
  const plan = async (
    entityRef: string,
    window: [string, string],
    draft = false,
  ) => {
    const made = await request(server)
      .post('/api/itsm/changes')
      .set('Authorization', pat)
      .send(aChange(entityRef, ...window));
    expect(made.status).toBe(201);
    if (!draft) {
      const submitted = await request(server)
        .post(`/api/itsm/changes/${made.body.ref}/transitions`)
        .set('Authorization', pat)
        .send({ action: 'submit', version: made.body.version });
      expect(submitted.status).toBe(200);
    }
    return made.body.ref as string;
  };
  return { server, plan };
}

const december = 'from=2026-12-01T00:00:00Z&to=2027-01-01T00:00:00Z';
const summary = (
  events: Array<{ kind: string; title: string; start: string }>,
) => events.map(e => `${e.start.slice(0, 10)} ${e.kind} ${e.title}`);

describe('change calendar routes', () => {
  it('shows the changes planned in a range beside the freezes and maintenance windows, for the portal and for one entity', async () => {
    const { server, plan } = await startBackend();
    await plan('component:default/checkout-service', [
      '2026-12-02T20:00:00Z',
      '2026-12-02T22:00:00Z',
    ]);
    await plan(
      'component:default/checkout-service',
      ['2026-12-03T20:00:00Z', '2026-12-03T22:00:00Z'],
      true,
    );
    await plan('component:default/web-shop', [
      '2026-12-09T20:00:00Z',
      '2026-12-09T21:00:00Z',
    ]);
    await plan('component:default/web-shop', [
      '2027-02-09T20:00:00Z',
      '2027-02-09T21:00:00Z',
    ]);
    const release = await request(server)
      .post('/api/itsm/releases')
      .set('Authorization', pat)
      .send({
        title: 'Web shop 3.1.0',
        description: '',
        entityRefs: ['component:default/web-shop'],
        releaseVersion: '3.1.0',
        goals: ['business'],
        window: { start: '2026-12-10T20:00:00Z', end: '2026-12-10T21:00:00Z' },
        risk: aChange('', '', '').risk,
      });
    expect(release.status).toBe(201);

    const portal = await request(server)
      .get(`/api/itsm/calendar?${december}`)
      .set('Authorization', wes);
    expect(portal.status).toBe(200);
    expect(summary(portal.body.events)).toEqual([
      '2026-12-02 change Upgrade checkout-service',
      '2026-12-06 maintenance Sunday patching',
      '2026-12-09 change Upgrade web-shop',
      '2026-12-10 release Web shop 3.1.0',
      '2026-12-13 maintenance Sunday patching',
      '2026-12-20 freeze Year-end freeze',
      '2026-12-20 maintenance Sunday patching',
      '2026-12-27 maintenance Sunday patching',
    ]);
    expect(portal.body.events[0]).toMatchObject({
      kind: 'change',
      id: 'CHG-1',
      ref: 'CHG-1',
      state: 'submitted',
      model: 'normal',
      risk: 'low',
      entityRefs: ['component:default/checkout-service'],
      start: '2026-12-02T20:00:00.000Z',
      end: '2026-12-02T22:00:00.000Z',
    });
    expect(portal.body.events[1]).toMatchObject({
      kind: 'maintenance',
      source: 'system:default/payments',
      entityRefs: ['system:default/payments'],
      end: '2026-12-06T04:00:00.000Z',
    });
    expect(portal.body.truncated).toBe(false);

    // One entity: its changes, its system's windows and the global freeze.
    const shop = await request(server)
      .get(
        `/api/itsm/calendar?${december}&entityRef=component:default/web-shop`,
      )
      .set('Authorization', wes);
    expect(shop.status).toBe(200);
    expect(shop.body.entityRef).toBe('component:default/web-shop');
    expect(summary(shop.body.events)).toEqual([
      '2026-12-09 change Upgrade web-shop',
      '2026-12-10 release Web shop 3.1.0',
      '2026-12-20 freeze Year-end freeze',
    ]);
    const checkout = await request(server)
      .get(
        `/api/itsm/calendar?${december}&entityRef=Component:default/Checkout-Service`,
      )
      .set('Authorization', wes);
    expect(summary(checkout.body.events)).toEqual(
      summary(portal.body.events).filter(
        line => !/web-shop|Web shop/.test(line),
      ),
    );
  });

  it('names the field of a bad range or entity', async () => {
    const { server } = await startBackend();
    const ask = (query: string) =>
      request(server)
        .get(`/api/itsm/calendar?${query}`)
        .set('Authorization', wes);
    const cases: Array<[string, RegExp]> = [
      ['to=2027-01-01T00:00:00Z', /from/],
      ['from=soon&to=2027-01-01T00:00:00Z', /^from must be a date and time/],
      ['from=2026-12-01T00:00:00Z&to=later', /^to must be a date and time/],
      [
        'from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z',
        /^to must be after from$/,
      ],
      [
        'from=2026-01-01T00:00:00Z&to=2027-06-01T00:00:00Z',
        /^to must be at most 400 days after from$/,
      ],
      [
        `${december}&entityRef=component:default/nope`,
        /entityRef .* not in the catalog/,
      ],
      [`${december}&entityRef=x:y/`, /entityRef 'x:y\/' is not an entity ref/],
    ];
    for (const [query, message] of cases) {
      const response = await ask(query);
      expect({ query, status: response.status }).toEqual({
        query,
        status: 400,
      });
      expect(response.body.error.message).toMatch(message);
    }
    const anonymous = await request(server)
      .get(`/api/itsm/calendar?${december}`)
      .set('Authorization', nobody);
    expect(anonymous.status).toBe(401);
  });

  it('serves the calendar as iCalendar to a signed-in caller and to a calendar app holding a subscription address, until it is revoked', async () => {
    const { server, plan } = await startBackend();
    const ref = await plan('component:default/checkout-service', [
      '2026-12-02T20:00:00Z',
      '2026-12-02T22:00:00Z',
    ]);

    const signedIn = await request(server)
      .get(
        '/api/itsm/calendar.ics?entityRef=component:default/checkout-service',
      )
      .set('Authorization', wes);
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers['content-type']).toMatch(/^text\/calendar/);
    expect(signedIn.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(signedIn.text).toContain(`UID:${ref}@backstage-itsm\r\n`);
    expect(signedIn.text).toContain('DTSTART:20261202T200000Z\r\n');
    expect(signedIn.text).toContain(
      `URL:http://portal.example.com/itsm/changes/${ref}\r\n`,
    );
    expect(signedIn.text).toContain(
      'SUMMARY:Maintenance window: Sunday patching',
    );
    const anonymous = await request(server)
      .get('/api/itsm/calendar.ics')
      .set('Authorization', nobody);
    expect(anonymous.status).toBe(401);

    const created = await request(server)
      .post('/api/itsm/calendar/feeds')
      .set('Authorization', wes)
      .send({ entityRef: 'component:default/checkout-service' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      owner: 'user:default/wes.web',
      entityRef: 'component:default/checkout-service',
    });
    const url = new URL(created.body.url);
    expect(url.pathname).toBe('/api/itsm/calendar.ics');
    const token = url.searchParams.get('token');
    expect(token).toMatch(/^[\w-]{32}$/);

    // A calendar app: no sign-in, only the address.
    const app = await request(server)
      .get(`/api/itsm/calendar.ics?token=${token}`)
      .set('Authorization', nobody);
    expect(app.status).toBe(200);
    expect(app.text).toContain(`UID:${ref}@backstage-itsm\r\n`);
    expect(app.text).toContain(
      'X-WR-CALNAME:Changes: component:default/checkout-service',
    );

    const mine = await request(server)
      .get('/api/itsm/calendar/feeds')
      .set('Authorization', wes);
    expect(mine.body.items).toEqual([
      expect.objectContaining({
        id: created.body.id,
        lastUsedAt: expect.any(String),
      }),
    ]);
    expect(mine.body.items[0]).not.toHaveProperty('url');
    const theirs = await request(server)
      .get('/api/itsm/calendar/feeds')
      .set('Authorization', pat);
    expect(theirs.body.items).toEqual([]);

    // Only its owner revokes it.
    expect(
      (
        await request(server)
          .delete(`/api/itsm/calendar/feeds/${created.body.id}`)
          .set('Authorization', pat)
      ).status,
    ).toBe(404);
    expect(
      (
        await request(server)
          .delete('/api/itsm/calendar/feeds/not-a-uuid')
          .set('Authorization', wes)
      ).status,
    ).toBe(404);
    const revoked = await request(server)
      .delete(`/api/itsm/calendar/feeds/${created.body.id}`)
      .set('Authorization', wes);
    expect(revoked.status).toBe(204);
    const after = await request(server)
      .get(`/api/itsm/calendar.ics?token=${token}`)
      .set('Authorization', nobody);
    expect(after.status).toBe(404);
    expect(after.body.error.message).toMatch(/revoked/);
  });

  it('lets only those the policy allows create a subscription address, and only for an entity they can see', async () => {
    const allowed = await startBackend();
    const unknown = await request(allowed.server)
      .post('/api/itsm/calendar/feeds')
      .set('Authorization', wes)
      .send({ entityRef: 'component:default/nope' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/entityRef/);
    const extra = await request(allowed.server)
      .post('/api/itsm/calendar/feeds')
      .set('Authorization', wes)
      .send({ entity: 'component:default/web-shop' });
    expect(extra.status).toBe(400);

    const denied = await startBackend({ subscribe: 'deny' });
    const refused = await request(denied.server)
      .post('/api/itsm/calendar/feeds')
      .set('Authorization', wes)
      .send({});
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/itsm\.calendar\.subscribe/);
  });
});
