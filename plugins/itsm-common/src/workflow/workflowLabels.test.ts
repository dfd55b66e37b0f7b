import { holdReasonLabels } from './incidentWorkflow';
import { fieldLabel, fieldValueLabel } from './recordFieldLabels';
import { actionLabel, labelOf, stateLabel, wordsOf } from './workflowLabels';

describe('workflow labels', () => {
  it('names states and actions by their workflow', () => {
    expect(stateLabel('incident', 'in_progress')).toBe('In progress');
    expect(stateLabel('problem', 'awaiting_approval')).toBe(
      'Solution awaiting approval',
    );
    expect(actionLabel('change', 'request_approval')).toBe('Request approval');
    expect(actionLabel('release', 'start_rollout')).toBe('Start rollout');
  });

  it('falls back to words, never to the stored value', () => {
    expect(stateLabel('incident', 'some_new_state')).toBe('Some new state');
    expect(actionLabel('change', 'do_it')).toBe('Do it');
    expect(wordsOf('caused-by')).toBe('Caused by');
  });

  it('names values of fields with a fixed set of them', () => {
    expect(labelOf(holdReasonLabels, 'vendor')).toBe('Waiting for a vendor');
    expect(labelOf(holdReasonLabels, undefined)).toBeUndefined();
    expect(fieldValueLabel('incident', 'category', 'software')).toBe(
      'Software failure',
    );
    expect(fieldValueLabel('incident', 'channel', 'api')).toBe('API');
    expect(fieldValueLabel('change', 'risk', 'high')).toBe('High');
    expect(fieldValueLabel('incident', 'title', 'software')).toBeUndefined();
  });

  it('names fields in words', () => {
    expect(fieldLabel('assignmentGroup')).toBe('Assignment group');
    expect(fieldLabel('entityRefs')).toBe('Affected entities');
    expect(fieldLabel('plan step 1 (Build it) done')).toBe(
      'Plan step 1 (Build it) done',
    );
  });
});
