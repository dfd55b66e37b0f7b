import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes one line per row and quotes cells with a quote, a comma or a line break', () => {
    expect(
      toCsv([
        ['ref', 'title'],
        ['INC-1', 'Slow, "again"\nand again'],
      ]),
    ).toBe('ref,title\nINC-1,"Slow, ""again""\nand again"\n');
  });

  it.each([
    [
      '=HYPERLINK("http://evil.example","open")',
      `"'=HYPERLINK(""http://evil.example"",""open"")"`,
    ],
    ['+1+1', `"'+1+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
    ['=1+1\nsecond line', `"'=1+1\nsecond line"`],
    ['-5', `"'-5"`],
  ])('neutralises the text cell %j as %s', (text, cell) => {
    expect(toCsv([[text]])).toBe(`${cell}\n`);
  });

  it('leaves numbers the app computed as numbers, negative ones too', () => {
    expect(toCsv([['delta', -5, 0, 1.5, true]])).toBe('delta,-5,0,1.5,true\n');
  });

  it('writes missing values and empty rows as empty cells and lines', () => {
    expect(toCsv([['a', undefined, null], [], ['b']])).toBe('a,,\n\nb\n');
  });

  it('leaves a formula character later in the text alone', () => {
    expect(toCsv([['a=b', 'x-y', 'me@example.com']])).toBe(
      'a=b,x-y,me@example.com\n',
    );
  });
});
