import { checkFreezeOverride } from './checkFreezeOverride';
import { ChangeConflict } from './findChangeConflicts';

const yearEnd: ChangeConflict = {
  kind: 'freeze',
  name: 'Year end',
  start: '2026-12-20T00:00:00.000Z',
  end: '2027-01-03T00:00:00.000Z',
  source: 'config',
};
const overlap: ChangeConflict = {
  kind: 'overlap',
  ref: 'CHG-2',
  title: 'x',
  start: '2026-12-21T00:00:00.000Z',
  end: '2026-12-21T01:00:00.000Z',
  entityRefs: [],
};
const base = {
  ref: 'CHG-1',
  actor: 'user:default/olivia.ops',
  now: '2026-11-28T10:00:00.000Z',
};

describe('checkFreezeOverride', () => {
  it('lets a change without freezes through; other conflicts do not block', () => {
    expect(
      checkFreezeOverride({ ...base, conflicts: [overlap] }),
    ).toBeUndefined();
  });

  it('refuses a window in a freeze without a justification, naming the field and the freeze', () => {
    expect(() =>
      checkFreezeOverride({
        ...base,
        conflicts: [yearEnd],
        justification: ' ',
      }),
    ).toThrow(
      "freezeOverride: the window of CHG-1 falls in the freeze 'Year end' (20 Dec 2026, 00:00 UTC – 3 Jan 2027, 00:00 UTC)",
    );
  });

  it('records who overrode which freezes and why, and lets that override cover them later', () => {
    const override = checkFreezeOverride({
      ...base,
      conflicts: [yearEnd, overlap],
      justification: 'Card scheme mandate, deadline 31 Dec',
    });
    expect(override).toEqual({
      justification: 'Card scheme mandate, deadline 31 Dec',
      by: 'user:default/olivia.ops',
      at: '2026-11-28T10:00:00.000Z',
      freezes: ['Year end@2026-12-20T00:00:00.000Z'],
    });
    expect(
      checkFreezeOverride({
        ...base,
        conflicts: [yearEnd],
        previous: override,
      }),
    ).toBe(override);
    // A freeze declared since is not covered.
    const newFreeze = { ...yearEnd, name: 'Audit' };
    expect(() =>
      checkFreezeOverride({
        ...base,
        conflicts: [yearEnd, newFreeze],
        previous: override,
      }),
    ).toThrow(/'Audit'/);
  });
});
