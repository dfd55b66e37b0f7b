import { mockCredentials } from '@backstage/backend-test-utils';
import { DependencyGraphCache } from './DependencyGraphCache';

describe('DependencyGraphCache', () => {
  const carla = mockCredentials.user('user:default/carla.continuity');
  const wes = mockCredentials.user('user:default/wes.web');
  let clock = 0;
  const graph = () => new Map();

  it('reads the whole catalog once per caller while the graph is fresh', async () => {
    const cache = new DependencyGraphCache({ ttlMs: 30_000, now: () => clock });
    const read = jest.fn(async () => graph());
    const [a, b] = await Promise.all([
      cache.get(carla, read),
      cache.get(carla, read),
    ]);
    expect(a).toBe(b);
    expect(read).toHaveBeenCalledTimes(1);
    expect(cache.peek(carla)).toBeDefined();

    // Another caller sees the catalog as they may: read for them.
    await cache.get(wes, read);
    expect(read).toHaveBeenCalledTimes(2);

    clock += 30_001;
    expect(cache.peek(carla)).toBeUndefined();
    await cache.get(carla, read);
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('keeps nothing with a TTL of 0, and no failed read', async () => {
    const off = new DependencyGraphCache({ ttlMs: 0, now: () => clock });
    const read = jest.fn(async () => graph());
    await off.get(carla, read);
    await off.get(carla, read);
    expect(read).toHaveBeenCalledTimes(2);

    const cache = new DependencyGraphCache({ ttlMs: 30_000, now: () => clock });
    await expect(
      cache.get(carla, async () => {
        throw new Error('catalog down');
      }),
    ).rejects.toThrow('catalog down');
    expect(cache.peek(carla)).toBeUndefined();
    await cache.get(carla, read);
    expect(read).toHaveBeenCalledTimes(3);
  });
});
