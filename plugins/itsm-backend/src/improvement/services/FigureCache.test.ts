import { FigureCache } from './FigureCache';

describe('FigureCache', () => {
  it('answers a figure from memory within its time, runs one computation for concurrent asks, and forgets failures', async () => {
    let now = 0;
    let runs = 0;
    const cache = new FigureCache<number>({
      ttlMs: 1000,
      maxEntries: 2,
      now: () => now,
    });
    const compute = async () => ++runs;
    expect(
      await Promise.all([cache.get('a', compute), cache.get('a', compute)]),
    ).toEqual([1, 1]);
    now = 999;
    expect(await cache.get('a', compute)).toBe(1);
    now = 1000;
    expect(await cache.get('a', compute)).toBe(2);
    await expect(
      cache.get('b', () => Promise.reject(new Error('down'))),
    ).rejects.toThrow('down');
    expect(await cache.get('b', compute)).toBe(3);
    // Two entries at most: 'a' is the oldest and is forgotten.
    await cache.get('c', compute);
    expect(await cache.get('a', compute)).toBe(5);
  });

  it('computes every time when turned off', async () => {
    let runs = 0;
    const cache = new FigureCache<number>({ ttlMs: 0 });
    await cache.get('a', async () => ++runs);
    expect(await cache.get('a', async () => ++runs)).toBe(2);
  });
});
