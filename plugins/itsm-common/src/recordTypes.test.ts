import fc from 'fast-check';
import {
  formatRecordRef,
  parseRecordRef,
  recordRefPrefixes,
  RecordType,
} from './recordTypes';

const types = Object.keys(recordRefPrefixes) as RecordType[];
const anyType = fc.constantFrom(...types);

/**
 * Record numbers as the database hands them out. parseRecordRef reads at most
 * 15 digits, so 16-digit safe integers are left out here (see the report).
 */
const anyNumber = fc.integer({ min: 1, max: 999_999_999_999_999 });

describe('formatRecordRef', () => {
  it.each([
    ['incident', 12, 'INC-12'],
    ['problem', 1, 'PRB-1'],
    ['change', 1042, 'CHG-1042'],
    ['release', 7, 'REL-7'],
  ] as const)('writes %s %p as %p', (type, number, ref) => {
    expect(formatRecordRef(type, number)).toBe(ref);
  });
});

describe('parseRecordRef', () => {
  it('reads back every ref that formatRecordRef writes', () => {
    fc.assert(
      fc.property(anyType, anyNumber, (type, number) => {
        expect(parseRecordRef(type, formatRecordRef(type, number))).toBe(
          number,
        );
      }),
    );
  });

  it('reads a ref only as the type it belongs to', () => {
    fc.assert(
      fc.property(anyType, anyType, anyNumber, (written, asked, number) => {
        const parsed = parseRecordRef(asked, formatRecordRef(written, number));
        expect(parsed).toBe(written === asked ? number : undefined);
      }),
    );
  });

  it('ignores the case of the prefix', () => {
    expect(parseRecordRef('incident', 'inc-12')).toBe(12);
    expect(parseRecordRef('incident', 'Inc-12')).toBe(12);
    expect(parseRecordRef('change', 'cHg-3')).toBe(3);
    fc.assert(
      fc.property(anyType, anyNumber, fc.boolean(), (type, number, upper) => {
        const ref = formatRecordRef(type, number);
        const mixed = [...ref]
          .map((c, i) => ((i % 2 === 0) === upper ? c.toLowerCase() : c))
          .join('');
        expect(parseRecordRef(type, mixed)).toBe(number);
      }),
    );
  });

  it.each([
    ['incident', 'CHG-12'],
    ['incident', 'PRB-12'],
    ['change', 'INC-12'],
    ['incident', 'IN-12'],
    ['incident', 'INCI-12'],
    ['incident', 'XINC-12'],
  ] as const)('refuses a %s ref written %p', (type, text) => {
    expect(parseRecordRef(type, text)).toBeUndefined();
  });

  it.each(['INC-0', 'INC-00', 'INC-000000000000000'])(
    'refuses number zero in %p',
    text => {
      expect(parseRecordRef('incident', text)).toBeUndefined();
    },
  );

  it.each(['INC--1', 'INC--12', 'INC-−1'])('refuses the negative %p', text => {
    expect(parseRecordRef('incident', text)).toBeUndefined();
  });

  it.each([
    '',
    'INC',
    'INC-',
    '-12',
    '12',
    'INC12',
    'INC_12',
    'INC-12a',
    'INC-1.5',
    'INC-1e3',
    'INC-0x10',
    'INC-12-13',
    'INC - 12',
    'INC- 12',
    'INC-１２',
    'INC-12; DROP TABLE itsm_records',
    'INC-9999999999999999999999',
    '00000000-0000-4000-8000-000000000000',
  ])('refuses garbage %p', text => {
    expect(parseRecordRef('incident', text)).toBeUndefined();
  });

  it.each([' INC-12', 'INC-12 ', '\tINC-12\n', '  inc-12  '])(
    'reads %p despite whitespace around it',
    text => {
      expect(parseRecordRef('incident', text)).toBe(12);
    },
  );

  it('never returns anything but a positive safe integer', () => {
    fc.assert(
      fc.property(anyType, fc.string(), (type, text) => {
        const parsed = parseRecordRef(type, text);
        expect(
          parsed === undefined || (Number.isSafeInteger(parsed) && parsed > 0),
        ).toBe(true);
      }),
    );
  });

  it('never returns anything for text that does not end in a number', () => {
    fc.assert(
      fc.property(anyType, fc.string(), (type, text) => {
        fc.pre(!/\d\s*$/.test(text));
        expect(parseRecordRef(type, text)).toBeUndefined();
      }),
    );
  });
});
