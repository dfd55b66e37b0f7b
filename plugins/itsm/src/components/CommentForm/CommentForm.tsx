import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { useApi } from '@backstage/core-plugin-api';
import {
  CommentVisibility,
  Incident,
  isContinuityRecordType,
  isImprovementRecordType,
} from '@backstage-itsm/plugin-itsm-common';
import { RecordType } from '../../hooks/useRecordWithTimeline';
import { itsmApiRef } from '../../api/ItsmApi';
import { describeError } from '../../lib/describeError';

/**
 * Adds a public reply or, for those who work the incident, a work note that
 * only workers see.
 */
export function CommentForm(props: {
  incident: Pick<Incident, 'ref' | 'allowed'>;
  /** Which kind of record it is; incidents unless said. */
  recordType?: RecordType;
  onAdded: () => void;
}) {
  const { incident, onAdded } = props;
  const itsmApi = useApi(itsmApiRef);
  const canReply = incident.allowed?.comment ?? false;
  const canNote = incident.allowed?.workNote ?? false;
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<CommentVisibility>(
    canReply ? 'public' : 'work_note',
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  if (!canReply && !canNote) {
    return null;
  }
  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const type = props.recordType ?? 'incident';
      const comment = { body: body.trim(), visibility };
      if (isContinuityRecordType(type)) {
        await itsmApi.commentOnContinuityRecord(type, incident.ref, comment);
      } else if (isImprovementRecordType(type)) {
        await itsmApi.commentOnImprovementRecord(type, incident.ref, comment);
      } else {
        const post = {
          incident: itsmApi.commentOnIncident,
          change: itsmApi.commentOnChange,
          release: itsmApi.commentOnRelease,
          problem: itsmApi.commentOnProblem,
        }[type];
        await post.call(itsmApi, incident.ref, comment);
      }
      setBody('');
      onAdded();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box mt={2}>
      {error !== undefined && (
        <Alert severity="error">{describeError(error)}</Alert>
      )}
      <TextField
        id="itsm-comment-body"
        label={visibility === 'work_note' ? 'Work note' : 'Reply'}
        multiline
        minRows={3}
        fullWidth
        variant="outlined"
        value={body}
        onChange={e => setBody(e.target.value)}
        disabled={busy}
      />
      <Box display="flex" alignItems="center" justifyContent="space-between">
        <RadioGroup
          row
          value={visibility}
          onChange={e => setVisibility(e.target.value as CommentVisibility)}
        >
          {canReply && (
            <FormControlLabel
              value="public"
              control={<Radio />}
              label="Public reply"
            />
          )}
          {canNote && (
            <FormControlLabel
              value="work_note"
              control={<Radio />}
              label="Work note (agents only)"
            />
          )}
        </RadioGroup>
        <Button
          color="primary"
          variant="contained"
          disabled={busy || !body.trim()}
          onClick={submit}
        >
          Add
        </Button>
      </Box>
    </Box>
  );
}
