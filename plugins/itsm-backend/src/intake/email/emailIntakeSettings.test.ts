import { ConfigReader } from '@backstage/config';
import { readEmailIntakeSettings } from './emailIntakeSettings';

const read = (email: object) =>
  readEmailIntakeSettings(new ConfigReader({ itsm: { email } }));

describe('readEmailIntakeSettings', () => {
  it('trusts no mail server by default', () => {
    expect(read({})).toEqual({ defaultPriority: 'P3', trustedAuthServIds: [] });
  });

  it('reads the trusted authserv-ids, in lower case', () => {
    expect(
      read({ trustedAuthServIds: ['MX.Example.com', 'mx2.example.com'] })
        .trustedAuthServIds,
    ).toEqual(['mx.example.com', 'mx2.example.com']);
  });

  it.each([[['  ']], [['mx.example.com; dmarc=pass']], [['mx example']]])(
    'refuses %p',
    ids => {
      expect(() => read({ trustedAuthServIds: ids })).toThrow(
        /^itsm.email.trustedAuthServIds must list/,
      );
    },
  );
});
