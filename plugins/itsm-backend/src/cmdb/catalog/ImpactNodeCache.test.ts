import { mockCredentials } from '@backstage/backend-test-utils';
import { ImpactNode } from '../domain/analyzeImpact';
import { ImpactNodeCache } from './ImpactNodeCache';

const node = (entityRef: string): ImpactNode => ({
  entityRef,
  kind: 'Component',
  title: entityRef,
  ciClass: 'software',
  owners: [],
  next: [],
});

/** A catalog that knows every ref and counts what it was asked for. */
function catalog() {
  const asked: string[][] = [];
  const load = async (refs: string[]) => {
    asked.push(refs);
    return new Map(refs.map(ref => [ref, node(ref)]));
  };
  return { asked, load };
}

const pat = mockCredentials.user('user:default/pat.engineer');
const wes = mockCredentials.user('user:default/wes.web');

describe('ImpactNodeCache', () => {
  it('reads again only what the same caller has not just read', async () => {
    let now = 0;
    const cache = new ImpactNodeCache({ ttlMs: 30_000, now: () => now });
    const { asked, load } = catalog();
    const patLoad = cache.wrap(pat, 'downstream', load);
    await patLoad(['a', 'b']);
    const again = await patLoad(['b', 'c']);
    expect([...again.keys()]).toEqual(['b', 'c']);
    expect(asked).toEqual([['a', 'b'], ['c']]);

    // Another caller may see other entities: the catalog answers them anew.
    await cache.wrap(wes, 'downstream', load)(['a']);
    // And so does the other direction, whose nodes follow other relations.
    await cache.wrap(pat, 'upstream', load)(['a']);
    expect(asked.slice(2)).toEqual([['a'], ['a']]);

    now = 30_001;
    await patLoad(['a']);
    expect(asked.at(-1)).toEqual(['a']);
  });

  it('keeps at most so many nodes, the oldest going first', async () => {
    const cache = new ImpactNodeCache({ maxNodes: 2 });
    const { asked, load } = catalog();
    const patLoad = cache.wrap(pat, 'downstream', load);
    await patLoad(['a', 'b', 'c']);
    await patLoad(['b', 'c']);
    await patLoad(['a']);
    expect(asked).toEqual([['a', 'b', 'c'], ['a']]);
  });

  it('keeps nothing for an unknown caller, or when turned off', async () => {
    const { asked, load } = catalog();
    const none = new ImpactNodeCache().wrap(
      mockCredentials.none(),
      'downstream',
      load,
    );
    await none(['a']);
    await none(['a']);
    const off = new ImpactNodeCache({ ttlMs: 0 }).wrap(pat, 'downstream', load);
    await off(['a']);
    await off(['a']);
    expect(asked).toHaveLength(4);
  });
});
