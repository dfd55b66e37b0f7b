import { ConfigReader } from '@backstage/config';
import { readImprovementSettings } from './readImprovementSettings';

const read = (improvement: object) =>
  readImprovementSettings(new ConfigReader({ itsm: { improvement } }));

describe('readImprovementSettings', () => {
  it('has the documented defaults', () => {
    expect(read({})).toEqual({
      managementGroup: undefined,
      evaluationMonths: 3,
      suggestAfterPeriods: 3,
      suggestionFrequency: { hours: 6 },
    });
  });

  it('reads a management group, periods and how often suggestions are looked for', () => {
    expect(
      read({
        managementGroup: 'group:default/IT-Operations',
        evaluationMonths: 6,
        suggestAfterPeriods: 2,
        suggestionFrequency: '30 minutes',
      }),
    ).toEqual({
      managementGroup: 'group:default/it-operations',
      evaluationMonths: 6,
      suggestAfterPeriods: 2,
      suggestionFrequency: { minutes: 30 },
    });
    expect(
      read({ suggestionFrequency: { seconds: 5 } }).suggestionFrequency,
    ).toEqual({ seconds: 5 });
  });

  it('stops at start on a bad value, naming the setting', () => {
    expect(() => read({ managementGroup: 'it-operations' })).toThrow(
      /itsm\.improvement\.managementGroup must be a group entity ref/,
    );
    expect(() => read({ suggestAfterPeriods: 0 })).toThrow(
      /itsm\.improvement\.suggestAfterPeriods must be a whole number from 1 to 24, not 0/,
    );
    expect(() => read({ evaluationMonths: 2.5 })).toThrow(
      /itsm\.improvement\.evaluationMonths/,
    );
    expect(() => read({ suggestionFrequency: 'soon' })).toThrow(
      /itsm\.improvement\.suggestionFrequency/,
    );
  });
});
