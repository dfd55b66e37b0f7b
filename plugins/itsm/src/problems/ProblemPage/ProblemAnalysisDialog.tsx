import { FormEvent, useState } from 'react';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useApi } from '@backstage/core-plugin-api';
import { Problem } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { describeError } from '../../lib/describeError';
import { isStaleVersionError } from '../../lib/isStaleVersionError';
import {
  AnalysisForm,
  analysisFormOf,
  analysisRequestOf,
} from './analysisForm';
import { InvestigationLinksEditor } from './InvestigationLinksEditor';
import { RootCauseEditor } from './RootCauseEditor';

type TextKey = Exclude<keyof AnalysisForm, 'links' | 'rootCause'>;

/** What went wrong with the last save. */
type Failure = { kind: 'conflict' } | { kind: 'refused'; message: string };

function Section(props: { title: string }) {
  return (
    <Typography variant="subtitle1" component="h3" style={{ marginTop: 16 }}>
      {props.title}
    </Typography>
  );
}

/**
 * Edits a problem's investigation and analysis (§4.2): the investigation
 * notes with their links, the root cause (5 whys or free text), the
 * workaround, business impact and risk. Records only what changed, as of
 * the version shown; a 409 (someone else changed the problem) offers to
 * reload, any other refusal is shown in place.
 */
export function ProblemAnalysisDialog(props: {
  problem: Problem;
  onClose: () => void;
  onSaved: (problem: Problem) => void;
  onReloadNeeded: () => void;
}) {
  const { problem, onClose, onSaved, onReloadNeeded } = props;
  const itsmApi = useApi(itsmApiRef);
  const [before] = useState(() => analysisFormOf(problem));
  const [form, setForm] = useState<AnalysisForm>(before);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure>();

  const set = <K extends keyof AnalysisForm>(key: K, value: AnalysisForm[K]) =>
    setForm(f => ({ ...f, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const { request, error } = analysisRequestOf(before, form, problem.version);
    if (error) {
      setFailure({ kind: 'refused', message: error });
      return;
    }
    if (!request) {
      onClose();
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      onSaved(await itsmApi.recordProblemAnalysis(problem.ref, request));
    } catch (e) {
      setFailure(
        isStaleVersionError(e)
          ? { kind: 'conflict' }
          : { kind: 'refused', message: describeError(e) },
      );
      setBusy(false);
    }
  };

  const text = (
    key: TextKey,
    label: string,
    options: { helperText?: string; monospace?: boolean } = {},
  ) => (
    <TextField
      id={`itsm-analysis-${key}`}
      label={label}
      helperText={options.helperText}
      value={form[key]}
      onChange={e => set(key, e.target.value)}
      multiline
      minRows={options.monospace ? 5 : 2}
      fullWidth
      margin="normal"
      variant="outlined"
      disabled={busy}
      InputProps={
        options.monospace ? { style: { fontFamily: 'monospace' } } : undefined
      }
    />
  );

  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      fullWidth
      maxWidth="md"
      scroll="paper"
      aria-labelledby="itsm-analysis-title"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="itsm-analysis-title">
          Analysis of {problem.ref}
        </DialogTitle>
        <DialogContent dividers>
          <DialogContentText>{problem.title}</DialogContentText>
          {failure?.kind === 'conflict' && (
            <Alert
              severity="warning"
              action={
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => {
                    onReloadNeeded();
                    onClose();
                  }}
                >
                  Reload
                </Button>
              }
            >
              Someone else changed {problem.ref} while you were editing. Reload
              it to see their changes, then make yours again.
            </Alert>
          )}
          {failure?.kind === 'refused' && (
            <Alert severity="error">{failure.message}</Alert>
          )}
          <Section title="Investigation" />
          {text('logExcerpts', 'Log excerpts', {
            monospace: true,
            helperText: 'The lines of the logs that show the problem',
          })}
          {text('environment', 'Environment', {
            helperText: 'Versions, hosts, configuration where it happens',
          })}
          {text('stepsToReproduce', 'Steps to reproduce')}
          <InvestigationLinksEditor
            links={form.links}
            onChange={links => set('links', links)}
            disabled={busy}
          />
          <Section title="Root cause" />
          <RootCauseEditor
            value={form.rootCause}
            onChange={rootCause => set('rootCause', rootCause)}
            disabled={busy}
          />
          <Section title="Workaround, impact and risk" />
          {text('workaround', 'Workaround', {
            helperText:
              'How to restore service meanwhile; with a root cause it makes this a known error',
          })}
          {text('businessImpact', 'Business impact')}
          {text('risk', 'Risk', {
            helperText: 'What happens if it is not fixed',
          })}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={busy}
            startIcon={busy ? <CircularProgress size={16} /> : undefined}
          >
            Save analysis
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
