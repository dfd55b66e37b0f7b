import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Link from '@material-ui/core/Link';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import {
  measureRecovery,
  RecoveryMeasurement,
  RecoveryRunStep,
  RunObjectives,
} from '@backstage-itsm/plugin-itsm-common';
import { DateTime } from '../../components/DateTime';
import { EntityName } from '../../components/EntityName';
import { useNow } from '../../hooks/useNow';
import { useWholeWordCells } from '../ContinuityRecordsTable';

const minutes = (n: number) =>
  n >= 60 ? `${Math.floor(n / 60)} h ${n % 60} min` : `${n} min`;

/** A measurement in words: the time against the RTO, the loss against the RPO. */
export function describeMeasurement(m: RecoveryMeasurement): string {
  const verdict = (within: boolean | undefined) => {
    if (within === undefined) return '';
    return within ? ', met' : ', missed';
  };
  const rto =
    m.rtoMinutes === undefined
      ? 'no RTO set'
      : `RTO ${minutes(m.rtoMinutes)}${verdict(m.withinRto)}`;
  let loss = '';
  if (m.dataLossMinutes !== undefined) {
    const rpo =
      m.rpoMinutes === undefined
        ? ''
        : ` (RPO ${minutes(m.rpoMinutes)}${verdict(m.withinRpo)})`;
    loss = `; ${minutes(m.dataLossMinutes)} of data lost${rpo}`;
  }
  return `${m.recovered ? 'Recovered in' : 'Running for'} ${minutes(
    m.recoveryMinutes,
  )} (${rto})${loss}`;
}

/**
 * A run of a plan's procedure (an exercise, an invocation): the recovery
 * clock against the RTO, running until the last step is done, and the
 * steps with when each was started and done, and by whom.
 */
export function RecoveryChecklist(props: {
  steps: readonly RecoveryRunStep[];
  startedAt: string;
  objectives?: RunObjectives;
  /** Ends the clock: a recovery recorded by hand. */
  recoveredAt?: string;
  dataLossMinutes?: number;
  /** Whether the caller may tick steps now. */
  canTick: boolean;
  busy?: boolean;
  onTick: (stepId: string, status: 'started' | 'done') => void;
}) {
  const wholeWords = useWholeWordCells();
  const { steps, canTick, busy } = props;
  const now = useNow(15_000);
  const m = measureRecovery({
    startedAt: props.startedAt,
    steps,
    objectives: props.objectives,
    recoveredAt: props.recoveredAt,
    dataLossMinutes: props.dataLossMinutes,
    now: now.toISOString(),
  });
  let severity: 'success' | 'error' | 'info' | 'warning' = 'info';
  if (m.withinRto === false) severity = 'error';
  else if (m.recovered && m.withinRto) severity = 'success';
  else if ((m.rtoRemainingMinutes ?? Infinity) <= 15) severity = 'warning';
  return (
    <>
      <Box mb={2}>
        <Alert severity={severity} role="timer">
          {describeMeasurement(m)}
          {!m.recovered && m.rtoRemainingMinutes !== undefined && (
            <>
              {' '}
              —{' '}
              {m.rtoRemainingMinutes >= 0
                ? `${minutes(m.rtoRemainingMinutes)} of the RTO left`
                : `${minutes(-m.rtoRemainingMinutes)} past the RTO`}
            </>
          )}
          . {m.stepsDone} of {m.stepsTotal} steps done.
        </Alert>
      </Box>
      {steps.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          The plan has no procedure steps.
        </Typography>
      ) : (
        <Table
          className={wholeWords.table}
          size="small"
          aria-label="Procedure checklist"
        >
          <TableHead>
            <TableRow style={{ whiteSpace: 'nowrap' }}>
              <TableCell>Step</TableCell>
              <TableCell>Role</TableCell>
              <TableCell>Expected</TableCell>
              <TableCell>Started</TableCell>
              <TableCell>Done</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {steps.map(step => (
              <TableRow key={step.id}>
                <TableCell>
                  {step.runbookUrl ? (
                    <Link href={step.runbookUrl} target="_blank" rel="noopener">
                      {step.title}
                    </Link>
                  ) : (
                    step.title
                  )}
                </TableCell>
                <TableCell>
                  {/^(user|group):/.test(step.role) ? (
                    <EntityName entityRef={step.role} />
                  ) : (
                    step.role || '—'
                  )}
                </TableCell>
                <TableCell>{minutes(step.expectedMinutes)}</TableCell>
                <TableCell>
                  <DateTime value={step.startedAt} />
                </TableCell>
                <TableCell>
                  <DateTime value={step.doneAt} />
                  {step.doneAt && step.by && (
                    <>
                      {' by '}
                      <EntityName entityRef={step.by} />
                    </>
                  )}
                </TableCell>
                <TableCell align="right">
                  {canTick && !step.doneAt && (
                    <>
                      {!step.startedAt && (
                        <Button
                          size="small"
                          disabled={busy}
                          onClick={() => props.onTick(step.id, 'started')}
                        >
                          Start
                        </Button>
                      )}
                      <Button
                        size="small"
                        color="primary"
                        disabled={busy}
                        onClick={() => props.onTick(step.id, 'done')}
                        aria-label={`Mark '${step.title}' done`}
                      >
                        Done
                      </Button>
                    </>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
