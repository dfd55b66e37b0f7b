import Box from '@material-ui/core/Box';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { InfoCard, Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { EntityName, EntityNames } from '../../components/EntityName';
import { Change } from '@backstage-itsm/plugin-itsm-common';
import { useIncidentLink } from '../../hooks/useIncidentLink';
import { formatRelativeTime } from '../../lib/formatRelativeTime';

/**
 * The impact analysis attached when the change was accepted (§5.2.3): what
 * depends on the affected entities, who owns it (the stakeholders told when
 * the change is scheduled), which of it is under a service level
 * agreement, and the open incidents on all of it.
 */
export function ChangeImpactCard(props: { change: Change }) {
  const { impact } = props.change;
  const incidentLink = useIncidentLink();
  if (!impact) {
    return (
      <InfoCard title="Impact">
        <Typography color="textSecondary">
          The impact analysis is attached when the change is accepted.
        </Typography>
      </InfoCard>
    );
  }
  return (
    <InfoCard
      title="Impact"
      subheader={`${impact.dependentCount} dependent entities${
        impact.truncated ? ' (and more beyond the bound)' : ''
      }; analysed ${formatRelativeTime(new Date(impact.analysedAt))}`}
    >
      <Typography variant="subtitle2">Stakeholders</Typography>
      <Box mb={2}>
        <EntityNames entityRefs={impact.stakeholders} defaultKind="group" />
      </Box>
      {impact.servicesUnderSla && (
        <>
          <Typography variant="subtitle2">
            Under a service level agreement ({impact.servicesUnderSla.length})
          </Typography>
          <Box mb={2} data-testid="services-under-sla">
            {impact.servicesUnderSla.length === 0
              ? 'None.'
              : impact.servicesUnderSla.map((service, i) => (
                  <span key={service.entityRef}>
                    {i > 0 && ', '}
                    <EntityName entityRef={service.entityRef} /> (
                    {service.agreement.name})
                  </span>
                ))}
          </Box>
        </>
      )}
      <Typography variant="subtitle2">
        Open incidents ({impact.openIncidents.length})
      </Typography>
      <List dense>
        {impact.openIncidents.map(incident => (
          <ListItem key={incident.ref}>
            <ListItemText
              primary={
                <>
                  {incidentLink ? (
                    <Link to={incidentLink(incident.ref)}>{incident.ref}</Link>
                  ) : (
                    incident.ref
                  )}{' '}
                  {incident.priority} · {incident.title}
                </>
              }
            />
          </ListItem>
        ))}
      </List>
      <Typography variant="subtitle2">Depends on what it changes</Typography>
      <List dense>
        {impact.dependents.map(d => (
          <ListItem key={d.entityRef}>
            <ListItemText
              primary={
                <EntityRefLink entityRef={d.entityRef} title={d.title} />
              }
              secondary={
                <>
                  {d.kind}, {d.depth} step{d.depth === 1 ? '' : 's'} away
                  {d.owners.length > 0 && (
                    <>
                      ; owned by{' '}
                      <EntityNames entityRefs={d.owners} defaultKind="group" />
                    </>
                  )}
                </>
              }
            />
          </ListItem>
        ))}
      </List>
    </InfoCard>
  );
}
