import { InputError } from '@backstage/errors';
import { planRecordFilters } from './planRecordQuery';

describe('planRecordFilters', () => {
  it('reads every open state of the workflow as the open flag', () => {
    const every = planRecordFilters('improvement', {
      states: ['evaluating', 'proposed', 'approved', 'in_progress'],
    });
    expect(every.open).toBe(true);
    expect(every.states).toBeUndefined();
    expect(
      planRecordFilters('improvement', { states: ['proposed'] }),
    ).toMatchObject({ states: ['proposed'] });
    expect(
      planRecordFilters('improvement', { states: ['proposed'] }).open,
    ).toBeUndefined();
  });

  it('passes on a use case asking for open or closed records', () => {
    expect(planRecordFilters('improvement', { open: true })).toMatchObject({
      open: true,
    });
    expect(
      planRecordFilters('incident', { open: false, states: ['closed'] }),
    ).toMatchObject({ open: false, states: ['closed'] });
  });

  it('refuses blank search words', () => {
    expect(() => planRecordFilters('incident', { q: '  ' })).toThrow(
      InputError,
    );
  });
});
