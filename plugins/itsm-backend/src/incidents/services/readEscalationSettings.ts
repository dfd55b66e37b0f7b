import { Config } from '@backstage/config';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';

/**
 * Reads who hears of and decides on escalations:
 * `itsm.escalation.leads` (a list of `{ group, lead }`, before the
 * catalog's `itsm/lead` annotations) and
 * `itsm.incidents.majorIncidentRecipients` (users or groups told when an
 * incident becomes P1).
 */
export function readEscalationSettings(config: Config): {
  leads: Record<string, string>;
  managementRecipients: string[];
} {
  const leads = Object.fromEntries(
    (config.getOptionalConfigArray('itsm.escalation.leads') ?? []).map(
      (entry, i) => [
        normalizeEntityRef(
          entry.getString('group'),
          `itsm.escalation.leads[${i}].group`,
        ),
        normalizeEntityRef(
          entry.getString('lead'),
          `itsm.escalation.leads[${i}].lead`,
        ),
      ],
    ),
  );
  const managementRecipients = (
    config.getOptionalStringArray('itsm.incidents.majorIncidentRecipients') ??
    []
  ).map((ref, i) =>
    normalizeEntityRef(ref, `itsm.incidents.majorIncidentRecipients[${i}]`),
  );
  return { leads, managementRecipients };
}
