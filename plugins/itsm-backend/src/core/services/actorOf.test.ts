import { mockCredentials } from '@backstage/backend-test-utils';
import { actorOf } from './actorOf';

describe('actorOf', () => {
  it('names a user by their entity ref', () => {
    expect(actorOf(mockCredentials.user('user:default/pat.engineer'))).toBe(
      'user:default/pat.engineer',
    );
  });

  it('names a service by its subject, marked as a service', () => {
    expect(actorOf(mockCredentials.service('plugin:alerts'))).toBe(
      'service:plugin:alerts',
    );
  });

  it('names anyone else unknown', () => {
    expect(actorOf(mockCredentials.none())).toBe('unknown');
  });
});
