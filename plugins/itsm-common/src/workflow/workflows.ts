import { RecordType } from '../recordTypes';
import { changeWorkflow } from '../change/changeWorkflow';
import { releaseWorkflow } from '../release/releaseWorkflow';
import { incidentWorkflow } from './incidentWorkflow';
import { WorkflowDefinition } from './types';

/**
 * The workflow of every record type that has one so far.
 *
 * @public
 */
export const workflows: Partial<Record<RecordType, WorkflowDefinition>> = {
  incident: incidentWorkflow as WorkflowDefinition,
  change: changeWorkflow as WorkflowDefinition,
  release: releaseWorkflow as WorkflowDefinition,
};
