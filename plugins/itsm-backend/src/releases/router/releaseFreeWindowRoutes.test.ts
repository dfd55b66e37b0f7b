import request from 'supertest';
import {
  aRelease,
  rita,
  startReleaseBackend as startBackend,
} from '../__testUtils__/startReleaseBackend';

jest.setTimeout(60_000);

describe('release routes', () => {
  it('proposes the next free window for a release, stepping over other releases and freezes', async () => {
    const { plan, server } = await startBackend();
    await plan(aRelease); // 8 Dec, 20:00-22:00
    const propose = (query: string) =>
      request(server)
        .get(`/api/itsm/releases/free-window?${query}`)
        .set('Authorization', rita);
    const checkout = 'entityRef=component:default/checkout-service';

    const evening = await propose(`${checkout}&after=2026-12-08T19:00:00Z`);
    expect(evening.status).toBe(200);
    expect(evening.body).toEqual({
      window: {
        start: '2026-12-08T22:00:00.000Z',
        end: '2026-12-09T00:00:00.000Z',
      },
      avoided: [
        {
          kind: 'release',
          title: 'Checkout 2.4.1',
          ref: 'REL-1',
          start: '2026-12-08T20:00:00.000Z',
          end: '2026-12-08T22:00:00.000Z',
        },
      ],
    });
    const yearEnd = await propose(
      `${checkout}&after=2026-12-19T23:00:00Z&durationMinutes=90`,
    );
    expect(yearEnd.body.window).toEqual({
      start: '2027-01-04T00:00:00.000Z',
      end: '2027-01-04T01:30:00.000Z',
    });
    expect(yearEnd.body.avoided.map((a: { title: string }) => a.title)).toEqual(
      ['Year-end freeze'],
    );
    // Another entity is not held up by the first one's release.
    const ledger = await propose(
      'entityRef=component:default/ledger-service&after=2026-12-08T19:00:00Z',
    );
    expect(ledger.body.window.start).toBe('2026-12-08T19:00:00.000Z');

    const bad = await propose(`${checkout}&durationMinutes=2`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe(
      'request/query/durationMinutes must be >= 5',
    );
    const unknown = await propose('entityRef=component:default/nope');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/not in the catalog/);
  });
});
