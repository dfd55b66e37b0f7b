import { SupportTier, supportTiers } from '@backstage-itsm/plugin-itsm-common';
import { StoredRecord } from '../../core/model/recordModel';
import { SLA_ACTOR, SlaCrossing } from '../../core/model/slaClockModel';
import { planFunctionalEscalation } from '../../incidents';
import { tierOfGroup } from '../../incidents';

/**
 * What a breach does to the incident (§8.3.1), from `itsm.sla.onBreach`:
 * raise it a support tier within its group, reassign it to a group, or
 * nothing.
 */
export type BreachEscalation =
  | { action: 'raise-tier' }
  | { action: 'reassign'; group: string }
  | { action: 'none' };

/**
 * The escalation a breach applies to an incident, as a guarded change by
 * the SLA; undefined when there is none to make (configured so, already at
 * the top tier, already with that group, or no longer open).
 */
export function planBreachEscalation(options: {
  record: StoredRecord;
  crossing: SlaCrossing;
  escalation: BreachEscalation;
  serviceDeskGroup: string;
}) {
  const { record, crossing, escalation, serviceDeskGroup } = options;
  if (escalation.action === 'none' || !record.assignmentGroup) return undefined;
  const reason = `The ${crossing.kind} time of ${crossing.agreementId} for ${crossing.priority} was breached`;
  const input =
    escalation.action === 'raise-tier'
      ? {
          assignmentGroup: record.assignmentGroup,
          supportTier:
            supportTiers[
              supportTiers.indexOf(
                (record.supportTier ?? 'L1') as SupportTier,
              ) + 1
            ],
          reason,
        }
      : {
          assignmentGroup: escalation.group,
          supportTier: tierOfGroup(escalation.group, serviceDeskGroup),
          reason,
        };
  if (!input.supportTier) return undefined;
  if (
    escalation.action === 'reassign' &&
    escalation.group === record.assignmentGroup
  ) {
    return undefined;
  }
  try {
    return planFunctionalEscalation({ record, input, actor: SLA_ACTOR });
  } catch {
    // Closed meanwhile, or nowhere higher to go: nothing to escalate.
    return undefined;
  }
}
