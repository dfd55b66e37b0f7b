import { closestName } from './closestName';

describe('closestName', () => {
  const known = ['title', 'description', 'urgency', 'impact', 'version'];

  it.each([
    ['urgnecy', 'urgency'],
    ['titel', 'title'],
    ['Title', 'title'],
    ['descripton', 'description'],
    ['verison', 'version'],
    ['impakt', 'impact'],
  ])('takes %p for a typo of %p', (typo, meant) => {
    expect(closestName(typo, known)).toBe(meant);
  });

  it.each(['priority', 'x', 'assignee', ''])(
    'suggests nothing for %p, which is no near typo',
    name => {
      expect(closestName(name, known)).toBeUndefined();
    },
  );
});
