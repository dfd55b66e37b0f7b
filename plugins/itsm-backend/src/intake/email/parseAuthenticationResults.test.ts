import { parseAuthenticationResults } from './parseAuthenticationResults';

describe('parseAuthenticationResults', () => {
  it('reads a header as Gmail writes it', () => {
    expect(
      parseAuthenticationResults(
        'mx.google.com; dkim=pass header.i=@acme.example header.s=s1 header.b=Ab/c+9; ' +
          'spf=pass (google.com: domain of pat@acme.example designates 203.0.113.5 as permitted sender) smtp.mailfrom=pat@acme.example; ' +
          'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=acme.example',
      ),
    ).toEqual({
      authServId: 'mx.google.com',
      results: [
        {
          method: 'dkim',
          result: 'pass',
          properties: {
            'header.i': '@acme.example',
            'header.s': 's1',
            'header.b': 'Ab/c+9',
          },
        },
        {
          method: 'spf',
          result: 'pass',
          properties: { 'smtp.mailfrom': 'pat@acme.example' },
        },
        {
          method: 'dmarc',
          result: 'pass',
          properties: { 'header.from': 'acme.example' },
        },
      ],
    });
  });

  it('reads a version, spaces and nested comments, quoted values and a reason', () => {
    expect(
      parseAuthenticationResults(
        '"MX.Acme.Example" 1 (our (inbound) gateway); SPF = Fail reason="not permitted; see (policy)" smtp . mailfrom = "odd;one"@evil.example (forged)',
      ),
    ).toEqual({
      authServId: 'mx.acme.example',
      results: [
        {
          method: 'spf',
          result: 'fail',
          properties: { 'smtp.mailfrom': '"odd;one"@evil.example' },
        },
      ],
    });
  });

  it('reads a method version and the result `none`', () => {
    expect(
      parseAuthenticationResults('mx.acme.example; dkim/1=none; spf=none'),
    ).toEqual({
      authServId: 'mx.acme.example',
      results: [
        { method: 'dkim', result: 'none', properties: {} },
        { method: 'spf', result: 'none', properties: {} },
      ],
    });
  });

  it('reads a header that says nothing was checked', () => {
    expect(parseAuthenticationResults('mx.acme.example; none')).toEqual({
      authServId: 'mx.acme.example',
      results: [],
    });
  });

  it.each(['', '   ', '(just a comment)', 'spf=pass smtp.mailfrom=a.example'])(
    'finds no authserv-id in %p',
    value => {
      expect(parseAuthenticationResults(value)).toBeUndefined();
    },
  );
});
