import { RecordType } from '../recordTypes';
import { changeWorkflow } from '../change/changeWorkflow';
import { problemWorkflow } from '../problem/problemWorkflow';
import { releaseWorkflow } from '../release/releaseWorkflow';
import { continuityPlanWorkflow } from '../continuity/continuityPlanWorkflow';
import { exerciseWorkflow } from '../continuity/exerciseWorkflow';
import { impactAnalysisWorkflow } from '../continuity/impactAnalysisWorkflow';
import { riskWorkflow } from '../continuity/riskWorkflow';
import { improvementWorkflow } from '../improvement/improvementWorkflow';
import { trainingWorkflow } from '../improvement/trainingWorkflow';
import { incidentWorkflow } from './incidentWorkflow';
import { WorkflowDefinition } from './types';

/**
 * The workflow of every record type that has one so far.
 *
 * @public
 */
export const workflows: Partial<Record<RecordType, WorkflowDefinition>> = {
  incident: incidentWorkflow as WorkflowDefinition,
  problem: problemWorkflow as WorkflowDefinition,
  change: changeWorkflow as WorkflowDefinition,
  release: releaseWorkflow as WorkflowDefinition,
  risk: riskWorkflow as WorkflowDefinition,
  'impact-analysis': impactAnalysisWorkflow as WorkflowDefinition,
  'continuity-plan': continuityPlanWorkflow as WorkflowDefinition,
  exercise: exerciseWorkflow as WorkflowDefinition,
  improvement: improvementWorkflow as WorkflowDefinition,
  training: trainingWorkflow as WorkflowDefinition,
};

/**
 * The states in which a change's or release's planned window is settled
 * (scheduled or approved, and after): the calendar shows the others as
 * tentative, and calendar apps as TENTATIVE rather than CONFIRMED.
 *
 * @public
 */
export const settledWindowStates: readonly string[] = [
  'scheduled',
  'implementing',
  'review',
  'closed',
  'approved',
  'ready',
  'rolling_out',
  'confirming',
  'released',
];
