import { FormEvent, useState } from 'react';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { SurveyComment } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { useItsmBasePath } from '../../hooks/useItsmBasePath';
import { describeError } from '../../lib/describeError';

const ID = 'itsm-survey-improvement';

/** The first words of a comment, for an item's title. */
function titleOf(text: string): string {
  const line = text.split('\n')[0].trim();
  const short = line.length > 80 ? `${line.slice(0, 77)}...` : line;
  return `Survey feedback: ${short}`;
}

/**
 * Raises an improvement item (§10.2.2) from a survey comment (§2.3.5):
 * source `survey`, the invitation as its source, the service asked about
 * as its entity; a title and description to adjust first.
 */
export function SurveyImprovementButton(props: { comment: SurveyComment }) {
  const api = useApi(itsmApiRef);
  const base = useItsmBasePath() ?? '/itsm';
  const { comment } = props;
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(titleOf(comment.text));
  const [description, setDescription] = useState(
    `${
      comment.recordRef ? `After ${comment.recordRef}, a` : 'A'
    } survey answer${
      comment.overallRating ? ` rated ${comment.overallRating} of 5` : ''
    } said:\n\n${comment.text}`,
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [raised, setRaised] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim() || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const item = await api.createImprovementRecord('improvement', {
        title: title.trim(),
        description,
        entityRefs: comment.serviceRef ? [comment.serviceRef] : [],
        source: 'survey',
        sourceRef: comment.invitationId,
      });
      setRaised(item.ref);
      setOpen(false);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  if (raised) {
    return (
      <Link to={`${base}/improvements?tab=improvements&ref=${raised}`}>
        Raised {raised}
      </Link>
    );
  }
  return (
    <>
      <Button size="small" variant="outlined" onClick={() => setOpen(true)}>
        Raise an improvement
      </Button>
      <Dialog
        open={open}
        onClose={busy ? undefined : () => setOpen(false)}
        fullWidth
        maxWidth="sm"
        aria-labelledby={`${ID}-title`}
      >
        <form onSubmit={submit} noValidate>
          <DialogTitle id={`${ID}-title`}>Raise an improvement</DialogTitle>
          <DialogContent>
            <DialogContentText>
              An improvement item from this feedback, proposed for approval.
            </DialogContentText>
            <TextField
              id={`${ID}-item-title`}
              label="Title"
              value={title}
              onChange={e => setTitle(e.target.value)}
              fullWidth
              required
              margin="normal"
              variant="outlined"
              disabled={busy}
              error={!title.trim()}
              inputProps={{ maxLength: 255 }}
            />
            <TextField
              id={`${ID}-description`}
              label="Description"
              value={description}
              onChange={e => setDescription(e.target.value)}
              fullWidth
              multiline
              minRows={4}
              margin="normal"
              variant="outlined"
              disabled={busy}
            />
            {error && <Alert severity="error">{error}</Alert>}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)} disabled={busy}>
              Cancel
            </Button>
            <Button
              type="submit"
              color="primary"
              variant="contained"
              disabled={busy || !title.trim()}
            >
              Raise
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}
