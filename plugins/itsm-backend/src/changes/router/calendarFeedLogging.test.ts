import { RootLoggerService } from '@backstage/backend-plugin-api';
import { createBackend } from '@backstage/backend-defaults';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { rootHttpRouterServiceFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { itsmPlugin } from '../../plugin';

jest.setTimeout(60_000);

/** A root logger that keeps every line it is given, with its fields. */
function capturingLogger(lines: string[]): RootLoggerService {
  const logger: RootLoggerService = {
    child: () => logger,
    debug: (message, meta) =>
      void lines.push(`${message} ${JSON.stringify(meta)}`),
    info: (message, meta) =>
      void lines.push(`${message} ${JSON.stringify(meta)}`),
    warn: (message, meta) =>
      void lines.push(`${message} ${JSON.stringify(meta)}`),
    error: (message, meta) =>
      void lines.push(`${message} ${JSON.stringify(meta)}`),
  };
  return logger;
}

const started: Array<{ stop(): Promise<void> }> = [];
afterAll(() => Promise.all(started.map(backend => backend.stop())));

const wes = mockCredentials.user.header('user:default/wes.web');

/**
 * The plugin in a backend built as an app builds it (`createBackend`), so
 * behind Backstage's own root HTTP router, whose request log
 * (`middleware.logging()`) prints every request's URL when it finishes;
 * only the root logger captures, and sign-in, the catalog and the
 * database are mocked.
 */
async function startLoggedBackend() {
  const lines: string[] = [];
  const auditor = mockServices.auditor.mock();
  let port = 0;
  const backend = createBackend();
  for (const feature of [
    itsmPlugin,
    catalogServiceMock.factory({
      entities: [
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: { name: 'checkout-service', namespace: 'default' },
          spec: { type: 'service', owner: 'payments-team' },
        },
      ],
    }),
    mockServices.rootConfig.factory({
      data: {
        backend: {
          baseUrl: 'http://127.0.0.1',
          listen: { host: '127.0.0.1', port: 0 },
        },
      },
    }),
    mockServices.rootLogger.mock(capturingLogger(lines)).factory,
    mockServices.database.factory(),
    mockServices.auth.factory(),
    mockServices.httpAuth.factory(),
    mockServices.userInfo.factory(),
    mockServices.permissions.factory(),
    mockServices.scheduler.factory(),
    mockServices.discovery.factory(),
    auditor.factory,
    rootHttpRouterServiceFactory({
      configure: ({ server, applyDefaults }) => {
        server.on('listening', () => {
          port = (server.address() as AddressInfo).port;
        });
        applyDefaults();
      },
    }),
  ]) {
    backend.add(feature);
  }
  await backend.start();
  started.push(backend);
  return { server: `http://127.0.0.1:${port}`, lines, auditor };
}

describe('calendar subscription tokens', () => {
  it('never reach the request log or an auditor event', async () => {
    const { server, lines, auditor } = await startLoggedBackend();
    const created = await request(server)
      .post('/api/itsm/calendar/feeds')
      .set('Authorization', wes)
      .send({ entityRef: 'component:default/checkout-service' });
    expect(created.status).toBe(201);
    const token = new URL(created.body.url).searchParams.get('token')!;

    const subscribed = await request(server).get(
      `/api/itsm/calendar.ics?token=${token}`,
    );
    expect(subscribed.status).toBe(200);
    // A token unknown here, however it is spelled, refused or not.
    const refused = [
      await request(server).get(
        '/api/itsm/calendar.ics?token=SECRET-unknown-0123456789',
      ),
      await request(server).get(
        '/api/itsm/calendar.ics?entityRef=x&%74oken=SECRET-encoded&extra=1',
      ),
      await request(server).get('/api/itsm/calendar.ics?token[]=SECRET-array'),
    ];
    expect(refused.map(r => r.status)).toEqual([404, 400, 400]);
    await request(server)
      .delete(`/api/itsm/calendar/feeds/${created.body.id}`)
      .set('Authorization', wes)
      .expect(204);

    const accessLog = lines.filter(line => line.includes('incomingRequest'));
    expect(accessLog).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          '"GET /api/itsm/calendar.ics?token=redacted HTTP/1.1" 200',
        ),
        expect.stringContaining(
          '"GET /api/itsm/calendar.ics?token=redacted HTTP/1.1" 404',
        ),
        expect.stringContaining(
          '"GET /api/itsm/calendar.ics?entityRef=x&%74oken=redacted&extra=1 HTTP/1.1" 400',
        ),
      ]),
    );
    for (const secret of [token, 'SECRET']) {
      expect(lines.filter(line => line.includes(secret))).toEqual([]);
    }

    const audited = JSON.stringify([
      auditor.createEvent.mock.calls.map(([options]) => ({
        ...options,
        request: options.request && {
          url: options.request.originalUrl,
          query: options.request.query,
        },
      })),
      await Promise.all(
        auditor.createEvent.mock.results.map(async result => {
          const event = await result.value;
          return [event.success.mock.calls, event.fail.mock.calls];
        }),
      ),
    ]);
    expect(audited).toContain(created.body.id);
    expect(audited).not.toContain(token);
  });
});
