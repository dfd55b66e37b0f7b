import { isPriority, Priority, priorityLabels } from './priorities';

describe('isPriority', () => {
  it.each(['P1', 'P2', 'P3', 'P4'])('accepts %p, which has a label', value => {
    expect(isPriority(value)).toBe(true);
    expect(priorityLabels[value as Priority]).toMatch(
      new RegExp(`^${value} - `),
    );
  });

  it.each([
    'p1',
    'P0',
    'P5',
    ' P1',
    'P1 ',
    'P1 - Critical',
    '',
    1,
    null,
    undefined,
    ['P1'],
    { P1: true },
  ])('refuses %p', value => {
    expect(isPriority(value)).toBe(false);
  });
});
