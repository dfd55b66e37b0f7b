import { rootCauseSummary } from './rootCauseSummary';

describe('rootCauseSummary', () => {
  it('says the cause of a 5-whys chain, or the start of a free text', () => {
    expect(
      rootCauseSummary({ method: 'five_whys', whys: ['a'], cause: 'The pool' }),
    ).toBe('The pool');
    expect(
      rootCauseSummary({ method: 'free_text', text: 'A leaking\n\npool' }),
    ).toBe('A leaking pool');
    expect(
      rootCauseSummary({ method: 'free_text', text: 'word '.repeat(20) }, 12),
    ).toBe('word word…');
    expect(rootCauseSummary(undefined)).toBe('');
  });
});
