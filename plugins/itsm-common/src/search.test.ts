import { itsmSearchTypes, parseSearchedRef } from './search';

describe('parseSearchedRef', () => {
  it.each([
    ['INC-2', { ref: 'INC-2', recordType: 'incident' }],
    ['inc-2', { ref: 'INC-2', recordType: 'incident' }],
    [' Prb-14 ', { ref: 'PRB-14', recordType: 'problem' }],
    ['chg-007', { ref: 'CHG-7', recordType: 'change' }],
    ['REL-3', { ref: 'REL-3', recordType: 'release' }],
  ])('reads %j as the record it names', (term, named) => {
    expect(parseSearchedRef(term)).toEqual(named);
  });

  it.each(['INC-2 checkout', 'INC 2', 'INC-0', 'KE-2', 'INC-', 'checkout', ''])(
    'reads %j as no id',
    term => {
      expect(parseSearchedRef(term)).toBeUndefined();
    },
  );

  it('names the search type of each record type', () => {
    expect(itsmSearchTypes[parseSearchedRef('prb-1')!.recordType]).toBe(
      'itsm-problem',
    );
  });
});
