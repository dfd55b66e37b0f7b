import { aProblem } from '../../testUtils/testProblem';
import { problemsCsv, problemsCsvColumns } from './problemsCsv';

describe('problemsCsv', () => {
  it('writes one line per problem with its cause, workaround and change, quoting what needs it', () => {
    const csv = problemsCsv([
      aProblem({
        knownError: true,
        impact: 'high',
        urgency: 'medium',
        workaround: 'Restart, then retry',
        rootCause: { method: 'five_whys', whys: ['a'], cause: 'The pool' },
        changeRequest: 'CHG-7',
        entityRefs: ['component:default/checkout', 'resource:default/db'],
      }),
      aProblem({
        ref: 'PRB-2',
        rootCause: { method: 'free_text', text: 'A leak' },
      }),
    ]);
    const [header, line, second] = csv.trim().split('\n');
    expect(header).toBe(problemsCsvColumns.join(','));
    expect(header.split(',')).toEqual(
      expect.arrayContaining([
        'ref',
        'state',
        'priority',
        'category',
        'known error',
        'entities',
        'group',
        'root cause',
        'workaround',
        'change request',
      ]),
    );
    expect(line).toContain(
      'PRB-1,Checkout times out under load,investigating,P2,high,medium,software,incidents,yes',
    );
    expect(line).toContain(
      'component:default/checkout resource:default/db,group:default/payments-team',
    );
    expect(line).toContain('The pool,"Restart, then retry"');
    expect(line).toContain('CHG-7');
    expect(second).toContain(',no,');
    expect(second).toContain(',A leak,');
  });

  it('writes a title that begins like a formula as text', () => {
    const csv = problemsCsv([
      aProblem({ title: '=HYPERLINK("http://evil.example","Open")' }),
    ]);
    expect(csv).toContain(
      `PRB-1,"'=HYPERLINK(""http://evil.example"",""Open"")",`,
    );
  });
});
