import { verifySender } from './verifySender';

const trustedAuthServIds = ['mx.acme.example'];
const verify = (headers: string[], fromAddress = 'pat@acme.example') =>
  verifySender({ headers, fromAddress, trustedAuthServIds });

describe('verifySender', () => {
  it('takes dmarc=pass from the trusted server', () => {
    expect(
      verify([
        'mx.acme.example; spf=softfail smtp.mailfrom=bounce@esp.example; dmarc=pass header.from=acme.example',
      ]),
    ).toEqual({ verified: true, by: 'dmarc' });
  });

  it('takes spf=pass or dkim=pass only for a domain aligned with From', () => {
    expect(
      verify([
        'mx.acme.example; spf=pass smtp.mailfrom=bounce@mail.acme.example',
      ]),
    ).toEqual({ verified: true, by: 'spf' });
    expect(
      verify(['mx.acme.example; dkim=pass header.d=acme.example']),
    ).toEqual({ verified: true, by: 'dkim' });
    expect(
      verify(['mx.acme.example; dkim=pass header.i=@eu.acme.example']),
    ).toEqual({ verified: true, by: 'dkim' });
    expect(
      verify(
        ['mx.acme.example; dkim=pass header.d=shop.acme.co.uk'],
        'grace@acme.co.uk',
      ),
    ).toEqual({ verified: true, by: 'dkim' });
    // Passing for the attacker's own domain says nothing about From.
    for (const header of [
      'mx.acme.example; spf=pass smtp.mailfrom=x@evil.example',
      'mx.acme.example; dkim=pass header.d=evil.example',
      'mx.acme.example; dkim=pass header.d=other.co.uk',
      'mx.acme.example; dmarc=pass header.from=evil.example',
    ]) {
      expect([header, verify([header], 'grace@acme.co.uk')]).toEqual([
        header,
        { verified: false },
      ]);
    }
  });

  it('does not take fail, none or an unknown method', () => {
    for (const header of [
      'mx.acme.example; dmarc=fail header.from=acme.example',
      'mx.acme.example; spf=softfail smtp.mailfrom=pat@acme.example; dkim=none',
      'mx.acme.example; none',
      'mx.acme.example; iprev=pass policy.iprev=203.0.113.5',
      'mx.acme.example; spf=pass',
    ]) {
      expect([header, verify([header])]).toEqual([header, { verified: false }]);
    }
  });

  it('ignores the headers of servers it does not trust', () => {
    expect(
      verify(['mail.evil.example; dmarc=pass header.from=acme.example']),
    ).toEqual({ verified: false });
    expect(
      verifySender({
        headers: ['mx.acme.example; dmarc=pass header.from=acme.example'],
        fromAddress: 'pat@acme.example',
        trustedAuthServIds: [],
      }),
    ).toEqual({ verified: false });
  });

  it('counts only the topmost header of a trusted server: one below it came with the message', () => {
    expect(
      verify([
        'mx.acme.example; spf=fail smtp.mailfrom=pat@acme.example; dmarc=fail header.from=acme.example',
        'mx.acme.example; dmarc=pass header.from=acme.example',
      ]),
    ).toEqual({ verified: false });
    expect(
      verify([
        'mail.evil.example; dmarc=pass header.from=acme.example',
        'MX.ACME.EXAMPLE; dkim=pass header.d=acme.example',
      ]),
    ).toEqual({ verified: true, by: 'dkim' });
  });
});
