import { incidentWorkflow } from '../workflow/incidentWorkflow';
import { slaClockPhase } from './slaClocks';

describe('slaClockPhase', () => {
  it('runs the response clock until the incident leaves new or an agent replies', () => {
    expect(slaClockPhase('response', 'new', false)).toBe('running');
    expect(slaClockPhase('response', 'new', true)).toBe('stopped');
    expect(slaClockPhase('response', 'accepted', false)).toBe('stopped');
    expect(slaClockPhase('response', 'cancelled', false)).toBe('stopped');
  });

  it('pauses the restore clock on hold, stops it when resolved and runs it again on reopening', () => {
    const phases = Object.fromEntries(
      incidentWorkflow.states.map(state => [
        state,
        slaClockPhase('restore', state, true),
      ]),
    );
    expect(phases).toEqual({
      new: 'running',
      accepted: 'running',
      in_progress: 'running',
      on_hold: 'paused',
      resolved: 'stopped',
      closed: 'stopped',
      cancelled: 'stopped',
    });
    const reopen = incidentWorkflow.transitions.find(
      t => t.action === 'reopen',
    )!;
    expect(slaClockPhase('restore', reopen.to, true)).toBe('running');
  });
});
