import { analysisFormOf, analysisRequestOf, blankWhy } from './analysisForm';
import { aProblem } from '../../testUtils/testProblem';

describe('analysisRequestOf', () => {
  const problem = aProblem({
    investigation: {
      logExcerpts: 'ERROR pool exhausted',
      links: [{ title: 'Dashboard', url: 'https://grafana.example.com/d/1' }],
    },
    workaround: 'Restart the tokeniser',
  });

  it('sends only what changed, as of the version shown', () => {
    const before = analysisFormOf(problem);
    expect(analysisRequestOf(before, before, 3)).toEqual({});
    expect(
      analysisRequestOf(before, { ...before, risk: ' Lost sales ' }, 3),
    ).toEqual({ request: { version: 3, risk: 'Lost sales' } });
  });

  it('sends the whole investigation when a part of it changed, without blank links', () => {
    const before = analysisFormOf(problem);
    const after = {
      ...before,
      environment: 'Production, eu-west',
      links: [...before.links, { key: 'x', title: '', url: '' }],
    };
    expect(analysisRequestOf(before, after, 3).request).toEqual({
      version: 3,
      investigation: {
        logExcerpts: 'ERROR pool exhausted',
        environment: 'Production, eu-west',
        stepsToReproduce: '',
        links: [{ title: 'Dashboard', url: 'https://grafana.example.com/d/1' }],
      },
    });
  });

  it('leaves blank whys out of a 5-whys chain, and asks for the cause', () => {
    const before = analysisFormOf(problem);
    const whys = [
      { ...blankWhy(), text: 'Payments time out' },
      blankWhy(),
      { ...blankWhy(), text: 'The pool is exhausted' },
    ];
    const chain = { ...before.rootCause, whys, cause: '' };
    expect(
      analysisRequestOf(before, { ...before, rootCause: chain }, 3),
    ).toEqual({ error: 'Say the root cause the whys end in' });
    expect(
      analysisRequestOf(
        before,
        { ...before, rootCause: { ...chain, cause: 'Pool halved in 1.4.2' } },
        3,
      ).request?.rootCause,
    ).toEqual({
      method: 'five_whys',
      whys: ['Payments time out', 'The pool is exhausted'],
      cause: 'Pool halved in 1.4.2',
    });
  });

  it('refuses a link without its address, and a root cause removed', () => {
    const recorded = aProblem({
      rootCause: { method: 'free_text', text: 'A leaking pool' },
    });
    const before = analysisFormOf(recorded);
    expect(
      analysisRequestOf(
        before,
        { ...before, links: [{ key: 'x', title: 'Logs', url: '' }] },
        3,
      ),
    ).toEqual({ error: 'Each link needs both a title and a URL' });
    expect(
      analysisRequestOf(
        before,
        { ...before, rootCause: { ...before.rootCause, text: ' ' } },
        3,
      ).error,
    ).toMatch(/can be corrected but not removed/);
  });
});
