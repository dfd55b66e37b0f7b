import { FormEvent, useEffect, useState } from 'react';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  assessRisk,
  ChangeForm,
  ChangeType,
  changeTypeLabels,
  Problem,
  timeZoneName,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { describeError } from '../../lib/describeError';
import { isStaleVersionError } from '../../lib/isStaleVersionError';
import { RiskQuestionnaireFields } from '../../changes';
import { defaultWindow } from '../../changes';
import { emptyRiskValues, riskInputOf, RiskValues } from '../../changes';
import { SelectField } from '../../components/SelectField';

const ID = 'itsm-raise-problem-change';

type Failure = { kind: 'conflict' } | { kind: 'refused'; message: string };

/**
 * Raises the change request that implements a problem's approved solution
 * (§4.3.3): the type, the window and the risk questionnaire's answers
 * (the change request form's own fields) are asked here; the rest
 * (entities, reason, plan steps, test and backout plans) comes from the
 * problem and its solution plan. The change is a draft, then submitted
 * from its page like any change.
 */
export function RaiseProblemChangeDialog(props: {
  problem: Problem;
  onRaised: (problem: Problem) => void;
  /** Someone else changed the problem: load it again. */
  onReloadNeeded: () => void;
  onClose: () => void;
}) {
  const { problem, onRaised, onReloadNeeded, onClose } = props;
  const itsmApi = useApi(itsmApiRef);
  const [form, setForm] = useState<ChangeForm>();
  const [changeType, setChangeType] = useState<ChangeType>('system');
  const [window, setWindow] = useState(defaultWindow);
  const [risk, setRisk] = useState<RiskValues>(emptyRiskValues);
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [loadError, setLoadError] = useState<string>();
  const [failure, setFailure] = useState<Failure>();

  useEffect(() => {
    let current = true;
    itsmApi.getChangeForm().then(
      loaded => current && setForm(loaded),
      e => current && setLoadError(describeError(e)),
    );
    return () => {
      current = false;
    };
  }, [itsmApi]);

  const riskCheck = form
    ? assessRisk(form.riskQuestionnaire, riskInputOf(risk))
    : undefined;
  let windowProblem: string | undefined;
  if (!window.start || !window.end) {
    windowProblem = 'Give the start and the end of the window';
  } else if (new Date(window.end) <= new Date(window.start)) {
    windowProblem = 'The window must end after it starts';
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (!form || windowProblem || !riskCheck?.ok || busy) return;
    setBusy(true);
    setFailure(undefined);
    try {
      onRaised(
        await itsmApi.addProblemChangeRequest(problem.ref, {
          version: problem.version,
          changeType,
          window: {
            start: new Date(window.start).toISOString(),
            end: new Date(window.end).toISOString(),
          },
          risk: riskInputOf(risk),
        }),
      );
    } catch (e) {
      setFailure(
        isStaleVersionError(e)
          ? { kind: 'conflict' }
          : { kind: 'refused', message: describeError(e) },
      );
      setBusy(false);
    }
  };

  const time = (key: 'start' | 'end', label: string) => (
    <TextField
      id={`${ID}-${key}`}
      label={label}
      type="datetime-local"
      value={window[key]}
      onChange={e => setWindow(w => ({ ...w, [key]: e.target.value }))}
      InputLabelProps={{ shrink: true }}
      required
      fullWidth
      margin="normal"
      variant="outlined"
      disabled={busy}
      error={attempted && !!windowProblem}
      helperText={attempted ? windowProblem : undefined}
    />
  );

  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby={`${ID}-title`}
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id={`${ID}-title`}>Raise change request</DialogTitle>
        <DialogContent>
          <DialogContentText>
            The change is raised as a draft from the approved solution plan of{' '}
            {problem.ref}: its steps, test and backout plans come from the plan,
            its entities from the problem and its root cause is the reason. Give
            its type, its window and the risk answers here; then submit it from
            its page like any change.
          </DialogContentText>
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
              Someone else changed {problem.ref} since you opened it. Reload it
              to see their changes, then raise the change request again.
            </Alert>
          )}
          {failure?.kind === 'refused' && (
            <Alert severity="error">{failure.message}</Alert>
          )}
          {loadError && <Alert severity="error">{loadError}</Alert>}
          {!form && !loadError && <Progress />}
          {form && (
            <>
              <SelectField
                id={`${ID}-type`}
                label="Type of change"
                value={changeType}
                options={Object.keys(changeTypeLabels) as ChangeType[]}
                labels={changeTypeLabels}
                onChange={setChangeType}
                disabled={busy}
              />
              {time('start', `Window start (${timeZoneName()})`)}
              {time('end', `Window end (${timeZoneName()})`)}
              <RiskQuestionnaireFields
                id={`${ID}-risk`}
                questionnaire={form.riskQuestionnaire}
                value={risk}
                onChange={setRisk}
                disabled={busy}
                showErrors={attempted}
              />
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={busy || !form}
            startIcon={busy ? <CircularProgress size={16} /> : undefined}
          >
            Raise change request
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
