import { RecordType } from '../recordTypes';
import { incidentWorkflow } from './incidentWorkflow';
import { WorkflowDefinition } from './types';

/**
 * The workflow of every record type that has one so far.
 *
 * @public
 */
export const workflows: Partial<Record<RecordType, WorkflowDefinition>> = {
  incident: incidentWorkflow as WorkflowDefinition,
};
