import { ConfigReader } from '@backstage/config';
import { defaultCiKinds } from '@backstage-itsm/plugin-itsm-common';
import { readCmdbSettings } from './readCmdbSettings';

describe('readCmdbSettings', () => {
  it('defaults to the usual kinds and no extra rules', () => {
    expect(readCmdbSettings(new ConfigReader({}))).toEqual({
      kinds: defaultCiKinds,
      classRules: [],
      historyFrequency: { minutes: 5 },
      impactCacheMs: 30_000,
    });
  });

  it('reads kinds and class rules', () => {
    const settings = readCmdbSettings(
      new ConfigReader({
        itsm: {
          cmdb: {
            kinds: ['Component', 'Resource', 'Template'],
            historyFrequency: { minutes: 1 },
            impactCache: { seconds: 0 },
            classes: [
              { kind: 'Template', class: 'document', subclass: 'template' },
              { kind: 'Resource', type: 'vm', class: 'hardware' },
            ],
          },
        },
      }),
    );
    expect(settings.kinds).toEqual(['Component', 'Resource', 'Template']);
    expect(settings.historyFrequency).toEqual({ minutes: 1 });
    expect(settings.impactCacheMs).toBe(0);
    expect(settings.classRules).toEqual([
      { kind: 'Template', class: 'document', subclass: 'template' },
      { kind: 'Resource', type: 'vm', class: 'hardware' },
    ]);
  });

  it('reads durations written as text, as the demo config writes them', () => {
    const settings = readCmdbSettings(
      new ConfigReader({
        itsm: { cmdb: { historyFrequency: '2m', impactCache: '10s' } },
      }),
    );
    expect(settings.historyFrequency).toEqual({ minutes: 2 });
    expect(settings.impactCacheMs).toBe(10_000);
  });

  it('refuses a rule with an unknown class, naming its key', () => {
    expect(() =>
      readCmdbSettings(
        new ConfigReader({
          itsm: {
            cmdb: { classes: [{ kind: 'Resource', class: 'furniture' }] },
          },
        }),
      ),
    ).toThrow("itsm.cmdb.classes[0].class 'furniture' is not a class");
  });
});
