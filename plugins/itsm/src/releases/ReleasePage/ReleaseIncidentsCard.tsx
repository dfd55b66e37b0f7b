import { useEffect, useState } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { InfoCard, Link } from '@backstage/core-components';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import { useApi } from '@backstage/core-plugin-api';
import {
  Incident,
  Release,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { describeError } from '../../lib/describeError';
import { useIncidentLink } from '../../hooks/useIncidentLink';
import { PriorityChip } from '../../components/PriorityChip';

/**
 * The incidents opened on the release's entities since its rollout
 * started (§7.3), with a prompt to consider rolling back while it rolls
 * out or awaits confirmation and any of them is open.
 */
export function ReleaseIncidentsCard(props: { release: Release }) {
  const { release } = props;
  const itsmApi = useApi(itsmApiRef);
  const incidentLink = useIncidentLink();
  const [answer, setAnswer] = useState<{
    items: Incident[];
    considerRollback: boolean;
  }>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let current = true;
    itsmApi.getReleaseIncidents(release.ref).then(
      loaded => current && setAnswer(loaded),
      e => current && setError(describeError(e)),
    );
    return () => {
      current = false;
    };
  }, [itsmApi, release.ref, release.version]);

  if (!release.startedAt) return null;
  return (
    <InfoCard title="Incidents since the rollout started" noPadding>
      {answer?.considerRollback && (
        <Box p={2} pb={0}>
          <Alert severity="warning" data-testid="consider-rollback">
            Incidents are open on what this release changed: consider rolling it
            back.
          </Alert>
        </Box>
      )}
      {error && (
        <Box p={2}>
          <Alert severity="error">{error}</Alert>
        </Box>
      )}
      {answer?.items.length ? (
        <List dense aria-label="Incidents since the rollout started">
          {answer.items.map(incident => (
            <ListItem key={incident.id}>
              <PriorityChip priority={incident.priority} />
              <ListItemText
                style={{ marginLeft: 8 }}
                primary={
                  incidentLink ? (
                    <Link to={incidentLink(incident.ref)}>
                      {incident.ref}: {incident.title}
                    </Link>
                  ) : (
                    `${incident.ref}: ${incident.title}`
                  )
                }
                secondary={stateLabel('incident', incident.state)}
              />
            </ListItem>
          ))}
        </List>
      ) : (
        <Box p={2}>
          <Typography color="textSecondary">
            {answer ? 'None.' : 'Loading…'}
          </Typography>
        </Box>
      )}
    </InfoCard>
  );
}
