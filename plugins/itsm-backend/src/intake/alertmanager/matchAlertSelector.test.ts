import fc from 'fast-check';
import { matchesAlertSelector, parseAlertSelector } from './matchAlertSelector';

describe('alert selectors', () => {
  it('reads name=value pairs, quoted or not', () => {
    expect(parseAlertSelector('service=checkout,env=prod')).toEqual({
      service: 'checkout',
      env: 'prod',
    });
    expect(
      parseAlertSelector(' service = "checkout" , env=\'prod\' ,'),
    ).toEqual({ service: 'checkout', env: 'prod' });
  });

  it.each(['', ' , ', 'service', 'service:checkout', '=prod', '1a=b'])(
    'treats %p as no selector, which matches nothing',
    text => {
      expect(parseAlertSelector(text)).toBeUndefined();
    },
  );

  it('matches when every label of the selector is there with its value', () => {
    const selector = parseAlertSelector('service=checkout,env=prod')!;
    expect(
      matchesAlertSelector(selector, {
        service: 'checkout',
        env: 'prod',
        pod: 'x',
      }),
    ).toBe(true);
    expect(matchesAlertSelector(selector, { service: 'checkout' })).toBe(false);
    expect(
      matchesAlertSelector(selector, { service: 'checkout', env: 'staging' }),
    ).toBe(false);
  });

  it('matches exactly the label sets that contain the selector', () => {
    const labels = fc.dictionary(
      fc.constantFrom('service', 'env', 'team', 'job'),
      fc.constantFrom('a', 'b', 'c'),
    );
    fc.assert(
      fc.property(labels, labels, (selector, alert) => {
        fc.pre(Object.keys(selector).length > 0);
        const contained = Object.entries(selector).every(
          ([k, v]) => alert[k] === v,
        );
        expect(matchesAlertSelector(selector, alert)).toBe(contained);
        expect(matchesAlertSelector(selector, { ...alert, ...selector })).toBe(
          true,
        );
      }),
    );
  });
});
