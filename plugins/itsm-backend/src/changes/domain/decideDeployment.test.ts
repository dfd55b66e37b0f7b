import { decideDeployment, GateChange } from './decideDeployment';

const entityRef = 'component:default/checkout-service';
const scope = [entityRef, 'system:default/payments'];
const now = '2026-12-02T21:00:00.000Z';
const change = (overrides: Partial<GateChange> = {}): GateChange => ({
  ref: 'CHG-3',
  title: 'Upgrade to Node 22',
  state: 'scheduled',
  model: 'normal',
  entityRefs: [entityRef],
  window: {
    start: '2026-12-02T20:00:00.000Z',
    end: '2026-12-02T22:00:00.000Z',
  },
  ...overrides,
});
const freeze = {
  name: 'Release freeze',
  kind: 'freeze' as const,
  source: 'config',
  start: '2026-12-02T00:00:00.000Z',
  end: '2026-12-03T00:00:00.000Z',
};

describe('decideDeployment', () => {
  it('says yes inside the window of an approved or standard change, naming it', () => {
    for (const c of [
      change(),
      change({ state: 'implementing', model: 'standard' }),
    ]) {
      expect(
        decideDeployment({ entityRef, scope, now, changes: [c], freezes: [] }),
      ).toMatchObject({
        allowed: true,
        change: { ref: 'CHG-3' },
        reason: expect.stringMatching(
          /^CHG-3 \(.*\) covers component:default\/checkout-service during \d+ \w+ \d{4}, \d\d:\d\d/,
        ),
      });
    }
  });

  it.each([
    ['no change', []],
    ['a change not yet approved', [change({ state: 'awaiting_approval' })]],
    [
      'a change whose approval covers other entities only',
      [change({ entityRefs: ['resource:default/core-switch-01'] })],
    ],
    [
      'a change whose window has ended',
      [change({ window: { start: '2026-12-02T18:00:00.000Z', end: now } })],
    ],
    [
      'a change whose window has not begun',
      [
        change({
          window: {
            start: '2026-12-02T21:00:00.001Z',
            end: '2026-12-02T23:00:00.000Z',
          },
        }),
      ],
    ],
  ])('says no with %s', (_, changes) => {
    expect(
      decideDeployment({ entityRef, scope, now, changes, freezes: [] }),
    ).toEqual({
      allowed: false,
      reason: `No approved change covers ${entityRef} at 2 Dec 2026, 21:00 UTC`,
      freezes: [],
    });
  });

  it('says no in a freeze, unless the covering change has an override for it', () => {
    expect(
      decideDeployment({
        entityRef,
        scope,
        now,
        changes: [change()],
        freezes: [freeze],
      }),
    ).toMatchObject({
      allowed: false,
      reason: `${entityRef} is in the freeze 'Release freeze' and CHG-3 has no override for it`,
    });
    const overridden = change({
      freezeOverride: {
        justification: 'PCI fix',
        by: 'user:default/pat.engineer',
        at: '2026-11-28T10:00:00.000Z',
        freezes: ['Release freeze@2026-12-02T00:00:00.000Z'],
      },
    });
    expect(
      decideDeployment({
        entityRef,
        scope,
        now,
        changes: [change(), overridden],
        freezes: [freeze],
      }),
    ).toMatchObject({
      allowed: true,
      reason: expect.stringContaining('with an override of the freeze'),
    });
  });
});
