import { Config } from '@backstage/config';
import { readPriorityMatrix } from '@backstage-itsm/plugin-itsm-common';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';
import { IncidentIntakeSettings } from '../domain/planIncidentIntake';

/** The service desk group when `itsm.serviceDesk.group` is not configured. */
export const DEFAULT_SERVICE_DESK_GROUP = 'group:default/service-desk';

/**
 * Reads how incidents are prioritised and routed:
 * `itsm.incidents.priorityMatrix` and `itsm.serviceDesk.group`.
 */
export function readIncidentIntakeSettings(
  config: Config,
): IncidentIntakeSettings {
  return {
    priorityMatrix: readPriorityMatrix(
      config.getOptional('itsm.incidents.priorityMatrix'),
    ),
    serviceDeskGroup: normalizeEntityRef(
      config.getOptionalString('itsm.serviceDesk.group') ??
        DEFAULT_SERVICE_DESK_GROUP,
      'itsm.serviceDesk.group',
    ),
  };
}
