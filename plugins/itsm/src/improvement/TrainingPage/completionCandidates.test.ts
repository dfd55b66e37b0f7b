import { completionCandidates } from './completionCandidates';

describe('completionCandidates', () => {
  it('lists attendee users and the members of attendee groups, once each', () => {
    expect(
      completionCandidates(
        [
          'group:default/payments-team',
          'user:default/wes.web',
          'user:default/paula.lead',
        ],
        { 'group:default/payments-team': ['user:default/paula.lead'] },
      ),
    ).toEqual(['user:default/paula.lead', 'user:default/wes.web']);
  });
});
