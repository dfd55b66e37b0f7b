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
    // Past its time, more than twice: computed again before answering.
    now = 2000;
    expect(await cache.get('a', compute)).toBe(2);
    await expect(
      cache.get('b', () => Promise.reject(new Error('down'))),
    ).rejects.toThrow('down');
    expect(await cache.get('b', compute)).toBe(3);
    // Two entries at most: 'a' is the oldest and is forgotten.
    await cache.get('c', compute);
    expect(await cache.get('a', compute)).toBe(5);
  });

  it('answers a figure past its time as it was while computing it again, once', async () => {
    let now = 0;
    let runs = 0;
    let release = () => {};
    const cache = new FigureCache<number>({ ttlMs: 1000, now: () => now });
    const slow = () =>
      new Promise<number>(resolve => {
        const n = ++runs;
        release = () => resolve(n);
      });
    const first = cache.get('a', slow);
    release();
    expect(await first).toBe(1);
    now = 1500;
    // The stale figure at once, and one computation behind it.
    expect(await cache.get('a', slow)).toBe(1);
    expect(await cache.get('a', slow)).toBe(1);
    expect(runs).toBe(2);
    release();
    await new Promise(r => setImmediate(r));
    expect(await cache.get('a', slow)).toBe(2);
    // A failed refresh keeps the figure it had, and a later ask tries again.
    now = 3000;
    expect(await cache.get('a', () => Promise.reject(new Error('down')))).toBe(
      2,
    );
    await new Promise(r => setImmediate(r));
    expect(await cache.get('a', async () => 9)).toBe(2);
    await new Promise(r => setImmediate(r));
    expect(await cache.get('a', slow)).toBe(9);
  });

  it('computes every time when turned off', async () => {
    let runs = 0;
    const cache = new FigureCache<number>({ ttlMs: 0 });
    await cache.get('a', async () => ++runs);
    expect(await cache.get('a', async () => ++runs)).toBe(2);
  });
});
