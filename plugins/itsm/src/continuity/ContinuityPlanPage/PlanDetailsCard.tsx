import Typography from '@material-ui/core/Typography';
import { InfoCard, StructuredMetadataTable } from '@backstage/core-components';
import {
  ContinuityPlan,
  exerciseKindLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { DateTime } from '../../components/DateTime';
import { EntityName, EntityNames } from '../../components/EntityName';

/** A list of texts, or a dash. */
const listOr = (items: readonly string[] | undefined) =>
  items?.length ? items.join('; ') : '—';

/**
 * When the plan is called for and what it needs: its activation criteria
 * (in words and as rules), the resources and tools (§9.2.2(5)), who to
 * inform, and the drill schedule with its next dates (§9.2.2(6)).
 */
export function PlanDetailsCard(props: { plan: ContinuityPlan }) {
  const { plan } = props;
  const a = plan.activation ?? {};
  const rules = [
    a.priorityAtOrAbove && `an incident of ${a.priorityAtOrAbove} or above`,
    a.majorIncident && 'a major incident',
    a.coveredEntityAffected && 'an incident on an entity it covers',
  ].filter((r): r is string => !!r);
  const schedule = plan.schedule ?? [];
  return (
    <InfoCard title="Activation, resources and drills">
      <StructuredMetadataTable
        metadata={{
          'called for by': a.text || '—',
          rules: rules.length ? `any of: ${rules.join(', ')}` : '—',
          resources: plan.resources?.entityRefs?.length ? (
            <EntityNames entityRefs={plan.resources.entityRefs} />
          ) : (
            '—'
          ),
          'other resources': listOr(plan.resources?.items),
          inform: plan.contacts?.refs?.length ? (
            <EntityNames entityRefs={plan.contacts.refs} />
          ) : (
            '—'
          ),
          'other contacts': listOr(
            plan.contacts?.others?.map(c => `${c.name} (${c.reach})`),
          ),
        }}
      />
      <Typography variant="subtitle2" style={{ marginTop: 16 }}>
        Drill schedule
      </Typography>
      {schedule.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          No drills scheduled.
        </Typography>
      )}
      {schedule.map(d => (
        <div key={d.id} data-testid={`drill-${d.id}`}>
          <Typography variant="body2">
            {d.title}
            {d.kind ? ` (${exerciseKindLabels[d.kind]})` : ''} · {d.rrule}
          </Typography>
          <Typography variant="caption" color="textSecondary">
            Next:{' '}
            {d.nextDates?.length
              ? d.nextDates.map((date, i) => (
                  <span key={date}>
                    {i > 0 && ', '}
                    <DateTime value={date} />
                  </span>
                ))
              : 'none (the rule has ended)'}
          </Typography>
        </div>
      ))}
      {plan.owner && (
        <Typography variant="caption" color="textSecondary">
          Owner: <EntityName entityRef={plan.owner} />
        </Typography>
      )}
    </InfoCard>
  );
}

/** The next drill of a plan, the soonest of its drills' next dates. */
export function nextDrillOf(plan: ContinuityPlan): string | undefined {
  return (plan.schedule ?? []).flatMap(d => d.nextDates ?? []).sort()[0];
}
