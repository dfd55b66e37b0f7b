import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Grid from '@material-ui/core/Grid';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import {
  Content,
  ContentHeader,
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
  StructuredMetadataTable,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stateLabel } from '@backstage-itsm/plugin-itsm-common';
import { useParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { itsmApiRef } from '../../api/ItsmApi';
import { DateTime } from '../../components/DateTime';
import { EntityName } from '../../components/EntityName';
import { describeError } from '../../lib/describeError';
import { processLabel } from '../TrainingsTab/TrainingSessionsTable';
import { completionCandidates } from './completionCandidates';

/** The page of a record by its ref, under /itsm. */
const pathOfRef = (ref: string) => {
  const prefix = ref.split('-')[0];
  const paths: Record<string, string> = {
    INC: 'incidents',
    PRB: 'problems',
    CHG: 'changes',
    REL: 'releases',
    RSK: 'risks',
    BIA: 'business-impact-analyses',
    CP: 'continuity-plans',
    EX: 'exercises',
    TRN: 'trainings',
    IMP: 'improvements',
  };
  return prefix === 'IMP'
    ? '/itsm/improvements'
    : `/itsm/${paths[prefix] ?? 'incidents'}/${ref}`;
};

/**
 * One training session (§10.2.3): what it trains and when, its attendees,
 * its material (runbooks), the records it is linked to (known errors,
 * improvement items), and, while planned, "Record as held" with a tick for
 * each attendee (and each member of an attendee group) who completed it.
 */
export function TrainingPage() {
  const { ref = '' } = useParams();
  const api = useApi(itsmApiRef);
  const [ticked, setTicked] = useState<string[]>([]);
  const [target, setTarget] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const page = useAsyncRetry(async () => {
    const session = await api.getImprovementRecord('training', ref);
    const groups = (session.attendees ?? []).filter(a =>
      a.startsWith('group:'),
    );
    const [links, plans] = await Promise.all([
      api.listImprovementLinks('training', ref),
      Promise.all(groups.map(g => api.getTrainingPlan(g))),
    ]);
    const membersOf = Object.fromEntries(
      plans.map(p => [p.group, p.members.map(m => m.userRef)]),
    );
    return {
      session,
      links: links.items,
      candidates: completionCandidates(session.attendees ?? [], membersOf),
    };
  }, [api, ref]);

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
      page.retry();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  if (page.loading && !page.value) return <Progress />;
  if (page.error) return <ResponseErrorPanel error={page.error} />;
  if (!page.value) return null;
  const { session, links, candidates } = page.value;
  const canWork = session.allowed?.update ?? false;
  const canHold = session.state === 'planned' && canWork;
  const canLink = canWork;
  const completed = new Set(session.completedBy ?? []);

  return (
    <Content>
      <ContentHeader title={`${session.ref}: ${session.title}`} />
      {error && <Alert severity="error">{error}</Alert>}
      <Grid container spacing={3}>
        <Grid item xs={12} md={6}>
          <InfoCard title="Training session">
            <StructuredMetadataTable
              metadata={{
                State: stateLabel('training', session.state),
                Process: processLabel(session.process),
                Scheduled: session.scheduledAt ? (
                  <DateTime value={session.scheduledAt} />
                ) : (
                  '—'
                ),
                Owner: session.owner ? (
                  <EntityName entityRef={session.owner} />
                ) : (
                  '—'
                ),
                Description: session.description || '—',
              }}
            />
          </InfoCard>
          <Box mt={3}>
            <InfoCard title="Material">
              {session.materials?.length ? (
                <List dense>
                  {session.materials.map(m => (
                    <ListItem key={m.url}>
                      <Link to={m.url}>{m.title}</Link>
                    </ListItem>
                  ))}
                </List>
              ) : (
                <Typography variant="body2" color="textSecondary">
                  No material.
                </Typography>
              )}
            </InfoCard>
          </Box>
          <Box mt={3}>
            <InfoCard title="Linked records">
              {links.length === 0 && (
                <Typography variant="body2" color="textSecondary">
                  No known error or improvement item linked.
                </Typography>
              )}
              <List dense>
                {links.map(link => {
                  const other =
                    link.source.ref === session.ref ? link.target : link.source;
                  return (
                    <ListItem key={link.id}>
                      <ListItemText
                        primary={
                          <Link to={pathOfRef(other.ref)}>{other.ref}</Link>
                        }
                        secondary={other.title}
                      />
                    </ListItem>
                  );
                })}
              </List>
              {canLink && (
                <Box display="flex" alignItems="center" mt={1}>
                  <TextField
                    label="Known error or item (PRB-3, IMP-2)"
                    size="small"
                    value={target}
                    onChange={e => setTarget(e.target.value)}
                  />
                  <Button
                    disabled={busy || !target.trim()}
                    onClick={() =>
                      run(async () => {
                        await api.linkImprovementRecord('training', ref, {
                          target: target.trim(),
                          kind: 'relates-to',
                        });
                        setTarget('');
                      })
                    }
                  >
                    Link
                  </Button>
                </Box>
              )}
            </InfoCard>
          </Box>
        </Grid>
        <Grid item xs={12} md={6}>
          <InfoCard title="Attendees">
            <List dense>
              {(session.attendees ?? []).map(a => (
                <ListItem key={a}>
                  <EntityName entityRef={a} />
                </ListItem>
              ))}
            </List>
          </InfoCard>
          <Box mt={3}>
            <InfoCard
              title={session.state === 'held' ? 'Completed by' : 'Completion'}
            >
              {session.state === 'held' &&
                (completed.size === 0 ? (
                  <Typography variant="body2">Nobody recorded.</Typography>
                ) : (
                  <List dense>
                    {[...completed].map(u => (
                      <ListItem key={u}>
                        <EntityName entityRef={u} />
                      </ListItem>
                    ))}
                  </List>
                ))}
              {canHold && (
                <>
                  <Typography variant="body2" paragraph>
                    Tick who completed the session, then record it as held.
                  </Typography>
                  {candidates.map(user => (
                    <div key={user}>
                      <FormControlLabel
                        control={
                          <Checkbox
                            checked={ticked.includes(user)}
                            onChange={(_, on) =>
                              setTicked(t =>
                                on ? [...t, user] : t.filter(u => u !== user),
                              )
                            }
                          />
                        }
                        label={<EntityName entityRef={user} link={false} />}
                      />
                    </div>
                  ))}
                  <Button
                    color="primary"
                    variant="contained"
                    disabled={busy}
                    onClick={() =>
                      run(() =>
                        api.transitionImprovementRecord('training', ref, {
                          action: 'hold',
                          version: session.version,
                          completedBy: ticked,
                        }),
                      )
                    }
                  >
                    Record as held
                  </Button>
                </>
              )}
              {session.state === 'planned' && !canHold && (
                <Typography variant="body2" color="textSecondary">
                  Planned.
                </Typography>
              )}
            </InfoCard>
          </Box>
        </Grid>
      </Grid>
    </Content>
  );
}
