import {
  aProblem,
  startProblemBackend as startBackend,
} from '../__testUtils__/startProblemBackend';

jest.setTimeout(60_000);

const riskAnswers = {
  customerFacing: 'no',
  downtime: 'no',
  data: 'no',
  untested: 'no',
  noBackout: 'no',
  reach: 'none',
};

describe('problem routes', () => {
  it('never lets whoever proposed a solution approve it (segregation of duties)', async () => {
    const { sam, paula } = await startBackend();
    const made = (await sam.post('/problems', aProblem)).body;
    const moveAs = async (who: typeof sam, body: object) => {
      const current = (await sam.get('/problems/PRB-1')).body;
      return who.post('/problems/PRB-1/transitions', {
        version: current.version,
        ...body,
      });
    };
    await moveAs(sam, { action: 'investigate' });
    const analysed = await paula.put('/problems/PRB-1/analysis', {
      version: made.version + 1,
      rootCause: { method: 'free_text', text: 'The pool was halved' },
    });
    expect(analysed.body.error?.message).toBeUndefined();
    const solution = {
      description: 'Restore the pool size',
      expectedEffect: 'No more timeouts',
    };
    // Paula leads the group and is its only approver: she may not propose
    // what nobody else could approve.
    const own = await moveAs(paula, { action: 'propose_solution', solution });
    expect(own.status).toBe(409);
    expect(own.body.error.message).toBe(
      'PRB-1: user:default/paula.lead leads group:default/payments-team and proposed this solution, so someone else must approve it: configure itsm.problems.approvers, or have another member of group:default/payments-team propose it',
    );
    const proposed = await moveAs(sam, {
      action: 'propose_solution',
      solution,
    });
    expect(proposed.body.approval).toMatchObject({
      covers: {
        solutionPlan: expect.objectContaining({
          description: 'Restore the pool size',
        }),
      },
    });
    const bySam = await sam.post('/problems/PRB-1/approvals', {
      decision: 'approve',
    });
    expect(bySam.status).toBe(403);
  });

  it('goes from investigation to root cause, known error, an approved solution and closure', async () => {
    const { sam, paula } = await startBackend();
    const made = (await sam.post('/problems', aProblem)).body;
    const move = async (body: object) => {
      const current = (await sam.get('/problems/PRB-1')).body;
      return sam.post('/problems/PRB-1/transitions', {
        version: current.version,
        ...body,
      });
    };
    expect((await move({ action: 'investigate' })).body.state).toBe(
      'investigating',
    );
    const early = await move({
      action: 'propose_solution',
      solution: {
        description: 'Resize the pool',
        expectedEffect: 'No timeouts',
      },
    });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(
      /^PRB-1: A solution needs the root cause first/,
    );

    const analysed = await sam.put('/problems/PRB-1/analysis', {
      version: made.version + 1,
      investigation: {
        logExcerpts: 'pool exhausted (max=10)',
        links: [{ title: 'Dashboard', url: 'https://grafana.example.com/d/1' }],
      },
      rootCause: {
        method: 'five_whys',
        whys: ['Payments time out', 'The tokeniser waits for a connection'],
        cause: 'The connection pool was halved in 1.4.2',
      },
      workaround: 'Restart the tokeniser pods',
    });
    expect(analysed.status).toBe(200);
    expect(analysed.body).toMatchObject({
      knownError: true,
      workaround: 'Restart the tokeniser pods',
      rootCause: { method: 'five_whys' },
    });
    // A known error now: its workaround is offered for its entity.
    await sam.post('/problems', { ...aProblem, title: 'Not understood yet' });
    const knownErrors = () =>
      sam.get(
        `/problems/known-errors?entityRef=${encodeURIComponent(
          'component:default/checkout-service',
        )}`,
      );
    expect((await knownErrors()).body.items).toEqual([
      {
        id: made.id,
        ref: 'PRB-1',
        title: aProblem.title,
        description: aProblem.description,
        state: 'investigating',
        priority: 'P2',
        category: 'software',
        workaround: 'Restart the tokeniser pods',
        rootCause: expect.objectContaining({ method: 'five_whys' }),
        entityRefs: ['component:default/checkout-service'],
        updatedAt: expect.any(String),
      },
    ]);
    // The known-error base, searched by words of the cause or workaround.
    const search = (q: string) =>
      sam.get(`/problems/known-errors?q=${encodeURIComponent(q)}`);
    expect(
      (await search('pool HALVED')).body.items.map((k: any) => k.ref),
    ).toEqual(['PRB-1']);
    expect((await search('tokeniser restart')).body.items).toHaveLength(1);
    expect((await search('pool disk')).body.items).toEqual([]);
    const badLimit = await sam.get('/problems/known-errors?limit=0');
    expect(badLimit.status).toBe(400);
    expect(badLimit.body.error.message).toMatch(/limit/);
    const badRootCause = await sam.put('/problems/PRB-1/analysis', {
      version: analysed.body.version,
      rootCause: { method: 'five_whys', whys: [], cause: 'x' },
    });
    expect(badRootCause.status).toBe(400);
    expect(badRootCause.body.error.message).toMatch(/^rootCause.whys/);

    const noPlan = await move({ action: 'propose_solution' });
    expect(noPlan.status).toBe(400);
    expect(noPlan.body.error.message).toBe('solution.description is required');
    const proposed = await move({
      action: 'propose_solution',
      solution: {
        description: 'Restore the pool size',
        estimatedHours: 4,
        expectedEffect: 'No more timeouts under load',
      },
    });
    expect(proposed.status).toBe(200);
    expect(proposed.body).toMatchObject({
      state: 'awaiting_approval',
      solutionPlan: { revision: 1, estimatedHours: 4 },
      approval: {
        round: 1,
        groups: [{ key: 'lead', approvers: ['user:default/paula.lead'] }],
      },
    });

    const stranger = await sam.post('/problems/PRB-1/approvals', {
      decision: 'approve',
    });
    expect(stranger.status).toBe(403);
    const rejected = await paula.post('/problems/PRB-1/approvals', {
      decision: 'reject',
      comment: 'Measure the pool first',
    });
    expect(rejected.body).toMatchObject({
      state: 'investigating',
      returnedReason: 'Measure the pool first',
    });
    await move({
      action: 'propose_solution',
      solution: {
        description: 'Restore the pool size, measured at 20',
        expectedEffect: 'No more timeouts under load',
      },
    });
    const approved = await paula.post('/problems/PRB-1/approvals', {
      decision: 'approve',
      comment: 'Go',
    });
    expect(approved.body).toMatchObject({
      state: 'fix_in_progress',
      solutionPlan: { revision: 2 },
    });

    // Implementation raises the change request from the approved plan.
    const noWindow = await sam.post('/problems/PRB-1/change-request', {
      version: approved.body.version,
    });
    expect(noWindow.status).toBe(400);
    expect(noWindow.body.error.message).toBe('window.start is required');
    const raised = await sam.post('/problems/PRB-1/change-request', {
      version: approved.body.version,
      window: { start: '2026-12-02T20:00:00Z', end: '2026-12-02T21:00:00Z' },
      risk: { answers: riskAnswers },
    });
    expect(raised.status).toBe(201);
    expect(raised.body.changeRequest).toBe('CHG-1');
    const change = (await sam.get('/changes/CHG-1')).body;
    expect(change).toMatchObject({
      state: 'draft',
      title: `Fix PRB-1: ${aProblem.title}`,
      entityRefs: ['component:default/checkout-service'],
      reason: 'PRB-1: root cause The connection pool was halved in 1.4.2',
      plan: [
        {
          title:
            'Implement the solution of PRB-1: Restore the pool size, measured at 20',
        },
        { title: 'Check the expected effect of PRB-1' },
      ],
      testPlan:
        "The expected effect of PRB-1's solution: No more timeouts under load",
    });
    const twice = await sam.post('/problems/PRB-1/change-request', {
      version: raised.body.version,
      change: 'CHG-1',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toBe(
      'PRB-1 already carries change request CHG-1',
    );
    const problemLinks = (await sam.get('/problems/PRB-1/links')).body.items;
    expect(
      problemLinks.map((l: any) => [l.source.ref, l.kind, l.target.ref]),
    ).toContainEqual(['PRB-1', 'relates-to', 'CHG-1']);

    // The investigation report, as Markdown.
    const report = await sam.get('/problems/PRB-1/report');
    expect(report.status).toBe(200);
    expect(report.headers['content-type']).toMatch(/^text\/markdown/);
    expect(report.headers['content-disposition']).toBe(
      'attachment; filename="PRB-1.md"',
    );
    expect(report.text).toContain(`# PRB-1: ${aProblem.title}`);
    expect(report.text).toContain(
      '**Root cause:** The connection pool was halved in 1.4.2',
    );
    expect(report.text).toContain('```\npool exhausted (max=10)\n```');
    expect(report.text).toContain(
      '- [Dashboard](https://grafana.example.com/d/1)',
    );
    expect(report.text).toContain('Revision 2, proposed by');
    expect(report.text).toContain('CHG-1: Fix PRB-1');
    // In words: moves and states by their labels, people and entities by
    // name, times in UTC.
    expect(report.text).toContain(
      'Propose solution: Investigating → Solution awaiting approval',
    );
    expect(report.text).toMatch(
      /\| Logged \| \d+ \w+ \d{4}, \d\d:\d\d UTC by /,
    );
    expect(report.text).not.toMatch(
      /\b(user|group|component|resource):[a-z0-9-]+\/|\d{4}-\d{2}-\d{2}T|\b[a-z]+_[a-z_]+\b/,
    );

    expect(
      (await move({ action: 'resolve', resolution: 'Pool restored in 1.4.3' }))
        .body.state,
    ).toBe('resolved');
    const closed = await move({
      action: 'close',
      verification: 'No timeout in a week',
    });
    expect(closed.body).toMatchObject({
      state: 'closed',
      verification: 'No timeout in a week',
      knownError: false,
    });
    expect((await sam.get('/problems/PRB-1')).body.knownError).toBe(false);
    // Closed, the fix is in: no longer a known error to work around.
    expect((await knownErrors()).body.items).toEqual([]);
    const late = await sam.put('/problems/PRB-1/analysis', {
      version: closed.body.version,
      workaround: 'None needed',
    });
    expect(late.status).toBe(409);
  });
});
