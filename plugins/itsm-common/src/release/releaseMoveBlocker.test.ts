import { VerificationCheck } from './releaseFields';
import { releaseMoveBlocker } from './releaseMoveBlocker';

const check = (
  kind: VerificationCheck['kind'],
  result: VerificationCheck['result'] = 'pass',
): VerificationCheck => ({
  kind,
  item: `${kind} suite`,
  result,
  by: 'user:default/rita.release',
  at: '2026-12-01T10:00:00.000Z',
});

const done = { by: 'user:default/rita.release', at: '2026-12-01T10:00:00Z' };

describe('releaseMoveBlocker', () => {
  it('lets a package be audited only with a passed check of every kind', () => {
    expect(releaseMoveBlocker('sign_off', {})).toBe(
      'The package needs at least one function, performance, compatibility check before its audit',
    );
    expect(
      releaseMoveBlocker('sign_off', {
        verification: [check('function'), check('performance')],
      }),
    ).toMatch(/at least one compatibility check/);
    expect(
      releaseMoveBlocker('sign_off', {
        verification: [
          check('function'),
          check('performance', 'fail'),
          check('compatibility'),
        ],
      }),
    ).toBe(
      'The package failed performance: performance suite; fix it and check again before its audit',
    );
    expect(
      releaseMoveBlocker('sign_off', {
        verification: [
          check('function'),
          check('performance'),
          check('compatibility'),
        ],
      }),
    ).toBeUndefined();
  });

  it('starts a rollout only after the whole pre-release checklist', () => {
    expect(
      releaseMoveBlocker('start_rollout', {
        preRelease: { environment: done, notified: done },
      }),
    ).toBe('The pre-release checklist is not done: Backup taken');
    expect(
      releaseMoveBlocker('start_rollout', {
        preRelease: { environment: done, backup: done, notified: done },
      }),
    ).toBeUndefined();
  });

  it('completes a rollout only when every phase succeeded', () => {
    expect(
      releaseMoveBlocker('complete_rollout', {
        phases: [
          { name: 'canary', status: 'succeeded' },
          { name: '50%', status: 'failed' },
          { name: '100%', status: 'pending' },
        ],
      }),
    ).toBe('Every phase must succeed first: 50% is failed, 100% is pending');
    expect(
      releaseMoveBlocker('complete_rollout', {
        phases: [{ name: 'canary', status: 'succeeded' }],
      }),
    ).toBeUndefined();
    expect(releaseMoveBlocker('rollback', {})).toBeUndefined();
  });
});
