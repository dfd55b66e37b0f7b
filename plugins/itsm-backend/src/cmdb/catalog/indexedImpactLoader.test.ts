import { ImpactNode } from '../domain/analyzeImpact';
import { indexedImpactLoader } from './indexedImpactLoader';

const node = (entityRef: string): ImpactNode => ({
  entityRef,
  kind: 'Component',
  title: entityRef,
  ciClass: 'software',
  owners: [],
  next: [],
});

describe('indexedImpactLoader', () => {
  it('answers from the index and loads only what the index does not hold', async () => {
    const impactNodes = jest.fn(async (refs: string[]) => {
      return new Map(
        refs.filter(r => r.startsWith('component:')).map(r => [r, node(r)]),
      );
    });
    const rest = jest.fn(async (refs: string[]) => {
      return new Map(
        refs.filter(r => r !== 'user:default/gone').map(r => [r, node(r)]),
      );
    });
    const load = indexedImpactLoader({ impactNodes }, 'upstream', rest);

    const nodes = await load([
      'component:default/a',
      'group:default/team',
      'component:default/b',
      'user:default/gone',
    ]);

    expect(impactNodes).toHaveBeenCalledWith(
      [
        'component:default/a',
        'group:default/team',
        'component:default/b',
        'user:default/gone',
      ],
      'upstream',
    );
    expect(rest).toHaveBeenCalledWith([
      'group:default/team',
      'user:default/gone',
    ]);
    expect([...nodes.keys()].sort()).toEqual([
      'component:default/a',
      'component:default/b',
      'group:default/team',
    ]);
  });

  it('does not load anything else when the index holds every ref', async () => {
    const rest = jest.fn();
    const load = indexedImpactLoader(
      { impactNodes: async refs => new Map(refs.map(r => [r, node(r)])) },
      'downstream',
      rest,
    );
    expect((await load(['component:default/a'])).size).toBe(1);
    expect(rest).not.toHaveBeenCalled();
  });
});
