import { formatIndicatorValue } from './formatIndicatorValue';

describe('formatIndicatorValue', () => {
  it('writes each unit as the dashboard shows it', () => {
    expect(formatIndicatorValue({ unit: 'hours' }, 5.24)).toBe('5.2 h');
    expect(formatIndicatorValue({ unit: 'days' }, 3)).toBe('3 d');
    expect(formatIndicatorValue({ unit: 'percent' }, 91.6)).toBe('92 %');
    expect(formatIndicatorValue({ unit: 'rating' }, 4.06)).toBe('4.1 / 5');
    expect(formatIndicatorValue({ unit: 'per-week' }, 3.5)).toBe('3.5 / week');
    expect(formatIndicatorValue({ unit: 'count' }, 12)).toBe('12');
    expect(formatIndicatorValue({ unit: 'count' }, 2.333)).toBe('2.3');
  });

  it('writes a dash when nothing was measured', () => {
    expect(formatIndicatorValue({ unit: 'hours' }, null)).toBe('—');
    expect(formatIndicatorValue({ unit: 'percent' }, undefined)).toBe('—');
  });
});
