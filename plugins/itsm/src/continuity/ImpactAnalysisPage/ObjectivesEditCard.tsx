import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  BusinessImpactAnalysis,
  maximumTolerableDowntime,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { describeError } from '../../lib/describeError';
import { formatMinutes } from '../../lib/formatMinutes';
import { isStaleVersionError } from '../../lib/isStaleVersionError';

/** Minutes as typed: undefined when blank, NaN when not a whole number ≥ 0. */
const parseMinutes = (text: string): number | undefined => {
  if (!text.trim()) return undefined;
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
};

/** Why an RTO cannot be sent: not in minutes, or above the MTPD. */
function problemOfRto(rto: number | undefined, mtpd: number | undefined) {
  if (Number.isNaN(rto)) return 'RTO: write it in whole minutes';
  if (rto !== undefined && mtpd !== undefined && rto > mtpd) {
    return `RTO: at most the MTPD, ${formatMinutes(
      mtpd,
    )} (${mtpd} min); the service must be back before the disruption becomes intolerable`;
  }
  return undefined;
}

const rtoHint = (mtpd: number | undefined) =>
  mtpd === undefined
    ? 'No MTPD yet: rate the impact first'
    : `At most the MTPD, ${formatMinutes(mtpd)}`;

const toText = (value?: number) => (value === undefined ? '' : String(value));

/**
 * An analysis's business processes and recovery objectives, edited in
 * draft (§9.1.3(1), (3)): the processes one a line, the RTO and RPO in
 * minutes, with the rule RTO ≤ MTPD (the MTPD from the ratings as saved,
 * `maximumTolerableDowntime`) checked before sending; a blank RTO or RPO
 * clears it.
 */
export function ObjectivesEditCard(props: {
  record: BusinessImpactAnalysis;
  onChanged: (record: BusinessImpactAnalysis) => void;
  onReload: () => void;
}) {
  const { record } = props;
  const itsmApi = useApi(itsmApiRef);
  const [processes, setProcesses] = useState(
    record.businessProcesses.join('\n'),
  );
  const [rto, setRto] = useState(toText(record.rtoMinutes));
  const [rpo, setRpo] = useState(toText(record.rpoMinutes));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  if (record.state !== 'draft' || !record.allowed?.update) return null;

  const mtpd = maximumTolerableDowntime(record.impacts, record.impactIntervals);
  const rtoMinutes = parseMinutes(rto);
  const rpoMinutes = parseMinutes(rpo);
  const rtoProblem = problemOfRto(rtoMinutes, mtpd);
  const rpoProblem = Number.isNaN(rpoMinutes)
    ? 'RPO: write it in whole minutes'
    : undefined;

  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      props.onChanged(
        await itsmApi.updateContinuityRecord('impact-analysis', record.ref, {
          version: record.version,
          businessProcesses: processes
            .split('\n')
            .map(p => p.trim())
            .filter(Boolean),
          rtoMinutes: rtoMinutes ?? null,
          rpoMinutes: rpoMinutes ?? null,
        }),
      );
    } catch (e) {
      if (isStaleVersionError(e)) {
        props.onReload();
        setError(
          'Someone changed the analysis since you opened it: it has been reloaded.',
        );
      } else {
        setError(describeError(e));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <InfoCard title="Business processes and objectives">
      <TextField
        id="bia-processes"
        label="Business processes served (one a line)"
        value={processes}
        onChange={e => setProcesses(e.target.value)}
        multiline
        minRows={3}
        fullWidth
        margin="normal"
        variant="outlined"
        disabled={busy}
      />
      <Box display="flex" gridGap={16}>
        <TextField
          id="bia-rto"
          label="RTO (minutes)"
          value={rto}
          onChange={e => setRto(e.target.value)}
          margin="normal"
          variant="outlined"
          disabled={busy}
          error={!!rtoProblem}
          helperText={rtoProblem ?? rtoHint(mtpd)}
        />
        <TextField
          id="bia-rpo"
          label="RPO (minutes)"
          value={rpo}
          onChange={e => setRpo(e.target.value)}
          margin="normal"
          variant="outlined"
          disabled={busy}
          error={!!rpoProblem}
          helperText={rpoProblem ?? 'The data it may lose, in time'}
        />
      </Box>
      <Typography variant="caption" color="textSecondary">
        The MTPD follows from the impact ratings as saved; save the ratings
        first when you change them.
      </Typography>
      <Box mt={2}>
        <Button
          variant="contained"
          color="primary"
          onClick={save}
          disabled={busy || !!rtoProblem || !!rpoProblem}
        >
          Save objectives
        </Button>
      </Box>
      {error && (
        <Box mt={1}>
          <Alert severity="error">{error}</Alert>
        </Box>
      )}
    </InfoCard>
  );
}
