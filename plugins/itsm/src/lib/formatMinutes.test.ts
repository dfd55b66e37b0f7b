import { formatMinutes } from './formatMinutes';

describe('formatMinutes', () => {
  it.each([
    [0, '0 min'],
    [0.4, '0 min'],
    [45, '45 min'],
    [60, '1 h'],
    [200, '3 h 20 min'],
    [1440, '1 d'],
    [3120, '2 d 4 h'],
    [-90, '1 h 30 min'],
  ])('writes %p minutes as %p', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });
});
