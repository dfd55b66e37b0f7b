import { entityRefName } from './entityRefName';

describe('entityRefName', () => {
  it('names an entity by the name part of its ref', () => {
    expect(entityRefName('user:default/sam.agent')).toBe('sam.agent');
    expect(entityRefName('group:ops/network-team')).toBe('ops/network-team');
    expect(entityRefName('component:checkout-service')).toBe(
      'checkout-service',
    );
    expect(entityRefName('payments-team')).toBe('payments-team');
  });
});
