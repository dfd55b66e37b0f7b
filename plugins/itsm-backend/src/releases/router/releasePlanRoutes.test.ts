import request from 'supertest';
import {
  aRelease,
  rita,
  startReleaseBackend as startBackend,
} from '../__testUtils__/startReleaseBackend';

jest.setTimeout(60_000);

describe('release routes', () => {
  it('plans a release of a component with its version, goals, phases, risk and package contents, once per idempotency key', async () => {
    const { plan, list, server } = await startBackend();
    const made = await plan(aRelease, 'rel-1');
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      ref: 'REL-1',
      type: 'release',
      state: 'planned',
      entityRef: 'component:default/checkout-service',
      entityRefs: ['component:default/checkout-service'],
      releaseVersion: '2.4.1',
      versionScheme: 'semver',
      goals: ['fix'],
      phases: [
        { name: 'canary', status: 'pending' },
        { name: '50%', status: 'pending' },
        { name: '100%', status: 'pending' },
      ],
      risk: { level: 'low', computed: 'low' },
      priority: 'P4',
      assignmentGroup: 'group:default/release-managers',
      reportedBy: 'user:default/rita.release',
      window: {
        start: '2026-12-08T20:00:00.000Z',
        end: '2026-12-08T22:00:00.000Z',
      },
      contents: {
        artifacts: [aRelease.contents.artifacts[0]],
        configurationFiles: [],
        documents: [],
        fixes: ['INC-12'],
      },
    });
    const again = await plan(aRelease, 'rel-1');
    expect(again.status).toBe(200);
    expect(again.body.ref).toBe('REL-1');

    const byEntity = await list(
      '?entityRef=component:default/checkout-service',
    );
    expect(byEntity.body.items.map((r: { ref: string }) => r.ref)).toEqual([
      'REL-1',
    ]);
    const one = await request(server)
      .get('/api/itsm/releases/REL-1')
      .set('Authorization', rita);
    expect(one.body.releaseVersion).toBe('2.4.1');
  });

  it('plans a release of a system with the components it releases, in the scheme the entity chose', async () => {
    const { plan } = await startBackend();
    const system = await plan({
      ...aRelease,
      entityRefs: [
        'system:default/payments',
        'component:default/checkout-service',
        'component:default/ledger-service',
      ],
      releaseVersion: '5.0.0',
      goals: ['business', 'optimisation'],
      phases: ['dev', 'staging', 'production'],
      modules: ['tariffs'],
    });
    expect(system.status).toBe(201);
    expect(system.body).toMatchObject({
      entityRef: 'system:default/payments',
      goals: ['business', 'optimisation'],
      modules: ['tariffs'],
      phases: [
        { name: 'dev', status: 'pending' },
        { name: 'staging', status: 'pending' },
        { name: 'production', status: 'pending' },
      ],
    });
    const calver = await plan({
      ...aRelease,
      entityRefs: ['component:default/billing-batch'],
      releaseVersion: '2026.12.1',
    });
    expect(calver.status).toBe(201);
    expect(calver.body.versionScheme).toBe('calver');
  });

  it('refuses a bad plan with a 400 naming the field, storing nothing', async () => {
    const { plan, list } = await startBackend();
    const cases: Array<[object, RegExp]> = [
      [
        { releaseVersion: '2.4' },
        /^releaseVersion '2.4' is not a semantic version/,
      ],
      [
        {
          entityRefs: ['component:default/billing-batch'],
          releaseVersion: '2.4.1',
        },
        /^releaseVersion '2.4.1' is not a calendar version/,
      ],
      [
        { entityRefs: ['component:default/odd-one'] },
        /itsm\/version-scheme 'roman'; it must be one of semver, calver/,
      ],
      [{ goals: [] }, /goals/],
      [
        { goals: ['glory'] },
        /^goals\[0\] must be one of business, optimisation, fix/,
      ],
      [
        { entityRefs: ['resource:default/payments-db'] },
        /^entityRefs\[0\] must be a component or a system, not a resource/,
      ],
      [
        {
          entityRefs: [
            'component:default/checkout-service',
            'component:default/ledger-service',
          ],
        },
        /release a system to release several/,
      ],
      [
        { entityRefs: ['system:default/payments'] },
        /names the components it releases/,
      ],
      [
        {
          entityRefs: [
            'system:default/payments',
            'resource:default/payments-db',
          ],
        },
        /^entityRefs\[1\] must be a component$/,
      ],
      [
        { entityRefs: ['component:default/nope'] },
        /^entityRefs\[0\] 'component:default\/nope' is not in the catalog/,
      ],
      [
        {
          window: {
            start: '2026-12-08T22:00:00Z',
            end: '2026-12-08T20:00:00Z',
          },
        },
        /^window.end must be after window.start/,
      ],
      [{ phases: ['canary', 'canary'] }, /^phases names 'canary' twice/],
      [
        {
          contents: {
            artifacts: [
              { name: 'image', url: 'ftp://x', checksum: 'sha256:00' },
            ],
          },
        },
        /^contents.artifacts\[0\].url must be an http or https URL/,
      ],
      [
        {
          contents: {
            artifacts: [
              {
                name: 'image',
                url: 'https://x.example.com/a',
                checksum: 'md5:00',
              },
            ],
          },
        },
        /^contents.artifacts\[0\].checksum must be written as algorithm:hex digest/,
      ],
      [
        { contents: { fixes: ['JIRA-1'] } },
        /^contents.fixes\[0\] must be a change, problem or incident/,
      ],
      [{ risk: { answers: {} } }, /^risk.answers/],
    ];
    for (const [change, message] of cases) {
      const response = await plan({ ...aRelease, ...change });
      expect({ change, status: response.status }).toEqual({
        change,
        status: 400,
      });
      expect(response.body.error.message).toMatch(message);
    }
    expect((await list()).body.items).toEqual([]);
  });

  it('keeps each version of an entity to one release, also when several are planned at once', async () => {
    const { plan } = await startBackend();
    expect((await plan(aRelease)).status).toBe(201);
    const twice = await plan({ ...aRelease, title: 'Again' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toBe(
      'version 2.4.1 of checkout-service is already planned or released (REL-1)',
    );
    const elsewhere = await plan({
      ...aRelease,
      entityRefs: ['component:default/ledger-service'],
    });
    expect(elsewhere.status).toBe(201);

    const racing = await Promise.all(
      Array.from({ length: 5 }, () =>
        plan({ ...aRelease, releaseVersion: '2.5.0' }),
      ),
    );
    expect(racing.map(r => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
  });
});
