import {
  aProblem,
  startProblemBackend as startBackend,
} from '../__testUtils__/startProblemBackend';

jest.setTimeout(60_000);

const incident = (n: number) => ({
  title: `Checkout times out (${n})`,
  description: 'Payments time out',
  entityRefs: ['component:default/checkout-service'],
  priority: 'P3',
});

describe('problem routes', () => {
  it('logs a problem from incidents, linking each to it, and routes it to the owners', async () => {
    const { sam } = await startBackend();
    for (const n of [1, 2]) {
      expect((await sam.post('/incidents', incident(n))).status).toBe(201);
    }
    const made = await sam.post('/problems', {
      ...aProblem,
      incidents: ['INC-1', 'inc-2'],
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      ref: 'PRB-1',
      type: 'problem',
      state: 'new',
      category: 'software',
      source: 'incidents',
      impact: 'high',
      urgency: 'medium',
      priority: 'P2',
      assignmentGroup: 'group:default/payments-team',
      knownError: false,
    });
    const links = (await sam.get('/problems/PRB-1/links')).body.items;
    expect(
      links.map((l: any) => [l.source.ref, l.kind, l.target.ref]).sort(),
    ).toEqual([
      ['INC-1', 'caused-by', 'PRB-1'],
      ['INC-2', 'caused-by', 'PRB-1'],
    ]);
    const timeline = (await sam.get('/incidents/INC-1/timeline')).body.items;
    expect(timeline.at(-1)).toMatchObject({
      kind: 'linked',
      data: { kind: 'caused-by', target: 'PRB-1' },
    });
  });

  it('names what is wrong with a new problem, and logs nothing', async () => {
    const { sam } = await startBackend();
    const unknown = await sam.post('/problems', {
      ...aProblem,
      incidents: ['INC-99'],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe(
      'incidents[0]: there is no incident INC-99',
    );
    const category = await sam.post('/problems', {
      ...aProblem,
      category: 'gremlins',
    });
    expect(category.status).toBe(400);
    expect(category.body.error.message).toMatch(/category/);
    expect((await sam.get('/problems')).body.items).toEqual([]);
  });
});
