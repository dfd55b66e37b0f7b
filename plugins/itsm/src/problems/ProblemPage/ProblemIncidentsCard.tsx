import { FormEvent, useCallback, useEffect, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { InfoCard, Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  Problem,
  RecordLink,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { useIncidentLink } from '../../hooks/useIncidentLink';
import { describeError } from '../../lib/describeError';
import { RelativeTime } from '../../components/RelativeTime';

/**
 * The incidents a problem caused, from its links: each a `caused-by` link
 * from the incident (its source) to the problem (its target), as the
 * backend records them when a problem is logged from incidents.
 */
export function incidentLinksOf(
  problem: Pick<Problem, 'id'>,
  links: RecordLink[],
): RecordLink[] {
  return links.filter(
    link =>
      link.kind === 'caused-by' &&
      link.target.id === problem.id &&
      link.source.type === 'incident',
  );
}

/**
 * The incidents caused by a problem, each linking to its page, and, for
 * those who work the problem, a small form to link another one by its id.
 * The link goes from the incident (it is caused by the problem), so it
 * shows on the incident's page too.
 */
export function ProblemIncidentsCard(props: { problem: Problem }) {
  const { problem } = props;
  const itsmApi = useApi(itsmApiRef);
  const incidentLink = useIncidentLink();
  const [links, setLinks] = useState<RecordLink[]>();
  const [loadError, setLoadError] = useState<string>();
  const [incidentRef, setIncidentRef] = useState('');
  const [busy, setBusy] = useState(false);
  const [linkError, setLinkError] = useState<string>();

  const { id, ref } = problem;
  const load = useCallback(() => {
    let current = true;
    itsmApi.listProblemLinks(ref).then(
      page => current && setLinks(incidentLinksOf({ id }, page.items)),
      e => current && setLoadError(describeError(e)),
    );
    return () => {
      current = false;
    };
  }, [itsmApi, id, ref]);
  useEffect(load, [load, problem.version]);

  const linkIncident = async (event: FormEvent) => {
    event.preventDefault();
    const incident = incidentRef.trim();
    if (!incident || busy) return;
    setBusy(true);
    setLinkError(undefined);
    try {
      await itsmApi.linkIncident(incident, {
        target: ref,
        kind: 'caused-by',
      });
      setIncidentRef('');
      load();
    } catch (e) {
      setLinkError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <InfoCard title="Incidents" subheader="Caused by this problem" noPadding>
      {loadError && (
        <Box p={2}>
          <Alert severity="error">{loadError}</Alert>
        </Box>
      )}
      {links?.length ? (
        <List dense aria-label="Incidents caused by this problem">
          {links.map(link => {
            const incident = link.source;
            const label = `${incident.ref}: ${incident.title}`;
            return (
              <ListItem key={link.id}>
                <ListItemText
                  primary={
                    incidentLink ? (
                      <Link to={incidentLink(incident.ref)}>{label}</Link>
                    ) : (
                      label
                    )
                  }
                  secondary={
                    <>
                      {stateLabel('incident', incident.state)} · linked{' '}
                      <RelativeTime value={link.createdAt} />
                    </>
                  }
                />
              </ListItem>
            );
          })}
        </List>
      ) : (
        links && (
          <Box p={2}>
            <Typography color="textSecondary">No incidents linked.</Typography>
          </Box>
        )
      )}
      {problem.allowed?.update && (
        <form onSubmit={linkIncident} noValidate>
          <Box p={2} pt={0} display="flex" alignItems="flex-start">
            <TextField
              id="itsm-problem-link-incident"
              label="Link an incident"
              placeholder="INC-3"
              size="small"
              variant="outlined"
              value={incidentRef}
              onChange={e => setIncidentRef(e.target.value)}
              disabled={busy}
              error={!!linkError}
              helperText={linkError}
            />
            <Box ml={1}>
              <Button
                type="submit"
                variant="outlined"
                color="primary"
                disabled={busy || !incidentRef.trim()}
              >
                Link
              </Button>
            </Box>
          </Box>
        </form>
      )}
    </InfoCard>
  );
}
