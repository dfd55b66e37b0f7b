import { Config } from '@backstage/config';
import { ProblemSettings } from './ProblemWorkflowPlanner';
import { readApprovers } from './readChangeSettings';

/**
 * Reads who approves problem solutions: `itsm.problems.approvers`
 * (`{ group, rule }`), else the lead of the investigating group, named in
 * `leads` (from `itsm.escalation.leads`) or by the catalog.
 */
export function readProblemSettings(
  config: Config,
  leads: Record<string, string>,
): ProblemSettings {
  return {
    approvers: readApprovers(config, 'itsm.problems.approvers'),
    leads,
  };
}
