import fc from 'fast-check';
import { WindowDefinition } from './expandWindow';
import { findChangeConflicts, PlannedRecord } from './findChangeConflicts';

const checkout = 'component:default/checkout-service';
const platform = 'system:default/payments-platform';
const storefront = 'component:default/storefront';
const window = {
  start: '2026-12-02T20:00:00.000Z',
  end: '2026-12-02T22:00:00.000Z',
};
const scopes = { [checkout]: [checkout, platform] };

const freeze = (
  overrides: Partial<WindowDefinition> = {},
): WindowDefinition => ({
  name: 'Release freeze',
  kind: 'freeze',
  start: '2026-12-02T21:00:00.000Z',
  durationMinutes: 60,
  source: 'config',
  ...overrides,
});

const other = (overrides: Partial<PlannedRecord> = {}): PlannedRecord => ({
  ref: 'CHG-2',
  title: 'Resize the database',
  window: {
    start: '2026-12-02T21:30:00.000Z',
    end: '2026-12-02T23:00:00.000Z',
  },
  entityRefs: [storefront],
  ...overrides,
});

const find = (options: Partial<Parameters<typeof findChangeConflicts>[0]>) =>
  findChangeConflicts({
    window,
    scopes,
    related: [],
    windows: [],
    others: [],
    ...options,
  });

describe('findChangeConflicts', () => {
  it('finds a freeze for everything, or for the entity or its system, but not for another', () => {
    expect(find({ windows: [freeze()] })).toEqual([
      {
        kind: 'freeze',
        name: 'Release freeze',
        start: '2026-12-02T21:00:00.000Z',
        end: '2026-12-02T22:00:00.000Z',
        source: 'config',
      },
    ]);
    expect(
      find({ windows: [freeze({ entityRefs: [platform] })] }),
    ).toHaveLength(1);
    expect(find({ windows: [freeze({ entityRefs: [storefront] })] })).toEqual(
      [],
    );
  });

  it('finds a recurring freeze by its rule', () => {
    const fridays = freeze({
      start: '2026-11-27T16:00:00.000Z',
      durationMinutes: 64 * 60,
      rrule: 'FREQ=WEEKLY;BYDAY=FR',
    });
    expect(find({ windows: [fridays] })).toEqual([]);
    expect(
      find({
        windows: [fridays],
        window: {
          start: '2026-12-05T10:00:00.000Z',
          end: '2026-12-05T11:00:00.000Z',
        },
      }),
    ).toMatchObject([{ kind: 'freeze', start: '2026-12-04T16:00:00.000Z' }]);
  });

  it('finds another change on a related entity at an overlapping time, naming what both touch', () => {
    expect(find({ others: [other()], related: [storefront] })).toEqual([
      {
        kind: 'overlap',
        ref: 'CHG-2',
        title: 'Resize the database',
        start: '2026-12-02T21:30:00.000Z',
        end: '2026-12-02T23:00:00.000Z',
        entityRefs: [storefront],
      },
    ]);
    // Unrelated, or not at the same time: no conflict.
    expect(find({ others: [other()] })).toEqual([]);
    expect(
      find({
        others: [
          other({
            entityRefs: [checkout],
            window: { start: window.end, end: '2026-12-03T00:00:00.000Z' },
          }),
        ],
      }),
    ).toEqual([]);
  });

  it('warns when the change is outside every maintenance window of an entity that has some', () => {
    const sundays: WindowDefinition = {
      name: 'Sunday night',
      kind: 'maintenance',
      start: '2026-11-29T01:00:00.000Z',
      durationMinutes: 240,
      rrule: 'FREQ=WEEKLY;BYDAY=SU',
      entityRefs: [checkout],
      source: checkout,
    };
    expect(find({ windows: [sundays] })).toEqual([
      {
        kind: 'outside-maintenance',
        entityRef: checkout,
        windows: ['Sunday night'],
      },
    ]);
    expect(
      find({
        windows: [sundays],
        window: {
          start: '2026-12-06T01:30:00.000Z',
          end: '2026-12-06T03:00:00.000Z',
        },
      }),
    ).toEqual([]);
  });

  it('reports an overlap exactly when the two windows intersect (property)', () => {
    const base = Date.parse('2026-12-01T00:00:00.000Z');
    const minute = 60_000;
    const span = fc
      .tuple(
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 1, max: 600 }),
      )
      .map(([start, length]) => ({
        start: new Date(base + start * minute).toISOString(),
        end: new Date(base + (start + length) * minute).toISOString(),
      }));
    fc.assert(
      fc.property(span, span, (mine, theirs) => {
        const found = findChangeConflicts({
          window: mine,
          scopes,
          related: [],
          windows: [
            freeze({
              start: theirs.start,
              durationMinutes:
                (Date.parse(theirs.end) - Date.parse(theirs.start)) / minute,
            }),
          ],
          others: [other({ entityRefs: [checkout], window: theirs })],
        });
        const intersect = mine.start < theirs.end && theirs.start < mine.end;
        return found.length === (intersect ? 2 : 0);
      }),
    );
  });
});
