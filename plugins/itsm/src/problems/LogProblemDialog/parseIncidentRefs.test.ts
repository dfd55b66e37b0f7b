import { parseIncidentRefs } from './parseIncidentRefs';

describe('parseIncidentRefs', () => {
  it('reads refs separated by commas or spaces, in upper case, each once', () => {
    expect(parseIncidentRefs(' INC-3, inc-7;INC-3\nINC-12 ')).toEqual({
      refs: ['INC-3', 'INC-7', 'INC-12'],
    });
    expect(parseIncidentRefs('')).toEqual({ refs: [] });
  });

  it('names the first word that is not a ref', () => {
    expect(parseIncidentRefs('INC-3 three INC-4')).toEqual({
      refs: ['INC-3', 'INC-4'],
      invalid: 'three',
    });
  });
});
