import { useState } from 'react';
import { EntityName } from '../../components/EntityName';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  PhaseStatus,
  phaseStatusLabels,
  PreReleaseCheck,
  preReleaseCheckLabels,
  Release,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { describeError } from '../../lib/describeError';
import { useOptimisticTicks } from '../../hooks/useOptimisticTicks';
import { RelativeTime } from '../../components/RelativeTime';

const useStyles = makeStyles({
  // Names, states and buttons break between words, never inside one.
  nowrap: { whiteSpace: 'nowrap' },
  note: { wordBreak: 'normal', overflowWrap: 'normal', minWidth: 120 },
});

/**
 * The rollout (§7.3): the pre-release checklist (ticked while the release
 * is ready; a box ticks at once and comes off again if the server refuses
 * it, saying why), then each phase with its status and, while it rolls out,
 * buttons to report a phase started, succeeded or failed (pipelines report
 * through the API). A rollout started outside the release's window or
 * without an approved change request says who overrode that, and why. A
 * rolled-back release says which version is current again.
 */
export function ReleaseRolloutCard(props: {
  release: Release;
  onChanged: (release: Release) => void;
  /** Reads the release again after someone else changed it. */
  onReloadNeeded?: () => void;
}) {
  const { release, onChanged, onReloadNeeded } = props;
  const itsmApi = useApi(itsmApiRef);
  const classes = useStyles();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const act = async (work: () => Promise<Release>) => {
    setBusy(true);
    setError(undefined);
    try {
      onChanged(await work());
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  const report = (phase: string, status: PhaseStatus) =>
    act(() =>
      itsmApi.reportReleasePhase(release.id, {
        version: release.version,
        phase,
        status,
      }),
    );
  const rolling = release.state === 'rolling_out';
  const checks = useOptimisticTicks<PreReleaseCheck, Release>({
    record: release,
    recordRef: release.ref,
    send: (check, done, version) =>
      itsmApi.checkReleasePreRelease(release.id, { version, check, done }),
    onChanged,
    onReloadNeeded,
  });

  return (
    <InfoCard title="Rollout">
      {release.rolloutOverride && (
        <Box mb={2}>
          <Alert severity="warning" data-testid="rollout-override">
            Rolled out with an override by{' '}
            <EntityName
              entityRef={release.rolloutOverride.by}
              defaultKind="user"
            />{' '}
            <RelativeTime value={release.rolloutOverride.at} />: “
            {release.rolloutOverride.reason}”
            <br />
            It went ahead although {release.rolloutOverride.gaps.join('; ')}.
          </Alert>
        </Box>
      )}
      <Typography variant="subtitle2">Pre-release checklist</Typography>
      <Box display="flex" flexWrap="wrap">
        {(Object.keys(preReleaseCheckLabels) as PreReleaseCheck[]).map(
          check => {
            const done = release.preRelease?.[check];
            return (
              <FormControlLabel
                key={check}
                label={
                  done ? (
                    <>
                      {preReleaseCheckLabels[check]}{' '}
                      <Typography variant="caption" color="textSecondary">
                        (<RelativeTime value={done.at} />)
                      </Typography>
                    </>
                  ) : (
                    preReleaseCheckLabels[check]
                  )
                }
                control={
                  <Checkbox
                    checked={checks.checked(check, !!done)}
                    disabled={release.state !== 'ready'}
                    onChange={e => checks.tick(check, e.target.checked)}
                  />
                }
              />
            );
          },
        )}
      </Box>
      {checks.problem && (
        <Alert
          severity={checks.problem.severity}
          onClose={checks.dismissProblem}
        >
          {checks.problem.message}
        </Alert>
      )}
      <TableContainer>
        <Table size="small" aria-label="Rollout phases">
          <TableHead>
            <TableRow>
              <TableCell className={classes.nowrap}>Phase</TableCell>
              <TableCell className={classes.nowrap}>Status</TableCell>
              <TableCell className={classes.nowrap}>Note</TableCell>
              {rolling && (
                <TableCell className={classes.nowrap}>Report</TableCell>
              )}
            </TableRow>
          </TableHead>
          <TableBody>
            {release.phases.map(phase => (
              <TableRow key={phase.name} data-testid={`phase-${phase.name}`}>
                <TableCell className={classes.nowrap}>{phase.name}</TableCell>
                <TableCell>
                  <span className={classes.nowrap}>
                    {phaseStatusLabels[phase.status]}
                  </span>
                  {phase.finishedAt && (
                    <Typography
                      variant="caption"
                      color="textSecondary"
                      className={classes.nowrap}
                    >
                      {' '}
                      <RelativeTime value={phase.finishedAt} />
                    </Typography>
                  )}
                </TableCell>
                <TableCell className={classes.note}>
                  {phase.note ?? ''}
                </TableCell>
                {rolling && (
                  <TableCell>
                    <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
                      {phase.status !== 'in_progress' &&
                        phase.status !== 'succeeded' && (
                          <Button
                            size="small"
                            className={classes.nowrap}
                            aria-label={`Start ${phase.name}`}
                            disabled={busy}
                            onClick={() => report(phase.name, 'in_progress')}
                          >
                            Start
                          </Button>
                        )}
                      {phase.status !== 'succeeded' && (
                        <Button
                          size="small"
                          color="primary"
                          className={classes.nowrap}
                          aria-label={`${phase.name} succeeded`}
                          disabled={busy}
                          onClick={() => report(phase.name, 'succeeded')}
                        >
                          Succeeded
                        </Button>
                      )}
                      {phase.status !== 'succeeded' && (
                        <Button
                          size="small"
                          color="secondary"
                          className={classes.nowrap}
                          aria-label={`${phase.name} failed`}
                          disabled={busy}
                          onClick={() => report(phase.name, 'failed')}
                        >
                          Failed
                        </Button>
                      )}
                    </Box>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {release.phases.some(p => p.status === 'failed') && rolling && (
        <Alert severity="warning" style={{ marginTop: 8 }}>
          A phase failed: fix it and start it again, or consider rolling the
          release back.
        </Alert>
      )}
      {release.state === 'rolled_back' && (
        <Alert severity="info" style={{ marginTop: 8 }}>
          Rolled back: {release.reason?.replace(/\.$/, '')}.{' '}
          {release.restoredVersion
            ? `Version ${release.restoredVersion} is current again.`
            : 'No earlier version was released through the portal.'}
        </Alert>
      )}
      {error && <Alert severity="error">{error}</Alert>}
    </InfoCard>
  );
}
