import { RecordType } from '@backstage-itsm/plugin-itsm-common';
import { EditPlanner } from '../core/services/recordProcessHooks';
import {
  planIncidentEdit,
  planSupportTier,
} from '../incidents/domain/planIncidentEdit';

/**
 * What edits of each record type add to the core's edit: an incident's
 * priority rule and every record's support tier when it is reassigned.
 */
export function recordEditPlanners(options: {
  /** The service desk: a record assigned to it is worked at L1. */
  serviceDeskGroup: string;
}): Partial<Record<RecordType, EditPlanner>> {
  const { serviceDeskGroup } = options;
  const tier: EditPlanner = ({ edit }) =>
    planSupportTier(edit, serviceDeskGroup);
  return {
    incident: ({ record, edit }) =>
      planIncidentEdit({ record, edit, serviceDeskGroup }),
    problem: tier,
    change: tier,
    release: tier,
  };
}
