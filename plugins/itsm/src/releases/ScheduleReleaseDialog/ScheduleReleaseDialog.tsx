import { FormEvent, useEffect, useRef, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormGroup from '@material-ui/core/FormGroup';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  ChangeForm,
  Release,
  ReleaseGoal,
  releaseGoalLabels,
  ReleaseWindowProposal,
  timeZoneName,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { createIdempotencyKey } from '../../lib/createIdempotencyKey';
import { describeError } from '../../lib/describeError';
import { formatWindow } from '../../lib/formatWindow';
import { toLocalInput } from '../../changes';
import {
  emptyRiskValues,
  riskInputOf,
  RiskQuestionnaireFields,
  RiskValues,
} from '../../changes';

const ID = 'itsm-schedule-release';

/** What the one who plans a release fills in. */
type Values = {
  title: string;
  releaseVersion: string;
  description: string;
  goals: ReleaseGoal[];
  components: string;
  phases: string;
  start: string;
  end: string;
  risk: RiskValues;
};

const splitList = (text: string) =>
  text
    .split(',')
    .map(part => part.trim())
    .filter(Boolean);

/**
 * "Schedule release" (§7.1): plans a release of the entity, in the next
 * free window the backend proposes (no freeze, no other release or change
 * on its scope), with its version, goals, rollout phases and risk.
 */
export function ScheduleReleaseDialog(props: {
  open: boolean;
  entityRef: string;
  onClose: () => void;
  onCreated: (release: Release) => void;
}) {
  const { open, entityRef, onClose, onCreated } = props;
  const itsmApi = useApi(itsmApiRef);
  const isSystem = parseEntityRef(entityRef).kind.toLowerCase() === 'system';
  const [form, setForm] = useState<ChangeForm>();
  const [proposal, setProposal] = useState<ReleaseWindowProposal>();
  const [values, setValues] = useState<Values>({
    title: '',
    releaseVersion: '',
    description: '',
    goals: [],
    components: '',
    phases: '',
    start: '',
    end: '',
    risk: emptyRiskValues,
  });
  const [idempotencyKey] = useState(createIdempotencyKey);
  const [attempted, setAttempted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string>();
  const inFlight = useRef(false);

  useEffect(() => {
    if (!open) return undefined;
    let current = true;
    Promise.all([
      itsmApi.getChangeForm(),
      itsmApi.proposeReleaseWindow({ entityRef }),
    ]).then(
      ([loadedForm, proposed]) => {
        if (!current) return;
        setForm(loadedForm);
        setProposal(proposed);
        setValues(v => ({
          ...v,
          start: toLocalInput(new Date(proposed.window.start)),
          end: toLocalInput(new Date(proposed.window.end)),
        }));
      },
      e => current && setError(describeError(e)),
    );
    return () => {
      current = false;
    };
  }, [open, itsmApi, entityRef]);

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues(v => ({ ...v, [key]: value }));

  const problems: Partial<Record<keyof Values, string>> = {};
  if (!values.title.trim()) problems.title = 'Say what the release is';
  if (!values.releaseVersion.trim()) {
    problems.releaseVersion = 'The version to release, e.g. 2.4.1';
  }
  if (values.goals.length === 0) problems.goals = 'Choose at least one goal';
  if (isSystem && splitList(values.components).length === 0) {
    problems.components = 'Name the components the release is for';
  }
  if (!values.start || !values.end || values.end <= values.start) {
    problems.end = 'The window must end after it starts';
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (Object.keys(problems).length > 0 || inFlight.current) return;
    inFlight.current = true;
    setSubmitting(true);
    setError(undefined);
    try {
      const phases = splitList(values.phases);
      onCreated(
        await itsmApi.createRelease(
          {
            title: values.title.trim(),
            description: values.description,
            entityRefs: [
              entityRef,
              ...(isSystem ? splitList(values.components) : []),
            ],
            releaseVersion: values.releaseVersion.trim(),
            goals: values.goals,
            window: {
              start: new Date(values.start).toISOString(),
              end: new Date(values.end).toISOString(),
            },
            ...(phases.length ? { phases } : {}),
            risk: riskInputOf(values.risk),
          },
          { idempotencyKey },
        ),
      );
    } catch (e) {
      setError(describeError(e));
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  };

  const text = (
    key: 'title' | 'releaseVersion' | 'description' | 'components' | 'phases',
    label: string,
    helperText: string,
    required = true,
  ) => (
    <TextField
      id={`${ID}-${key}`}
      label={label}
      value={values[key]}
      onChange={e => set(key, e.target.value)}
      required={required}
      fullWidth
      margin="normal"
      variant="outlined"
      disabled={submitting}
      error={attempted && !!problems[key]}
      helperText={(attempted && problems[key]) || helperText}
      multiline={key === 'description'}
      minRows={key === 'description' ? 2 : undefined}
    />
  );
  const when = (key: 'start' | 'end', label: string) => (
    <TextField
      id={`${ID}-${key}`}
      label={label}
      type="datetime-local"
      value={values[key]}
      onChange={e => set(key, e.target.value)}
      required
      fullWidth
      margin="normal"
      variant="outlined"
      InputLabelProps={{ shrink: true }}
      disabled={submitting}
      error={attempted && !!problems[key]}
      helperText={attempted && problems[key]}
    />
  );

  return (
    <Dialog
      open={open}
      onClose={() => !submitting && onClose()}
      aria-labelledby={`${ID}-dialog-title`}
      fullWidth
      maxWidth="md"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id={`${ID}-dialog-title`}>Schedule release</DialogTitle>
        <DialogContent>
          {error && <Alert severity="error">{error}</Alert>}
          {!form || !proposal ? (
            !error && <Progress />
          ) : (
            <>
              <Alert severity="info" data-testid="proposed-window">
                Next free window: {formatWindow(proposal.window)}
                {proposal.avoided.length > 0 &&
                  ` (after ${proposal.avoided
                    .map(a => (a.ref ? `${a.ref} ${a.title}` : a.title))
                    .join(', ')})`}
              </Alert>
              {text('title', 'Title', 'What is released, e.g. Checkout 2.4.1')}
              {text(
                'releaseVersion',
                'Version',
                "In the entity's scheme: semver (2.4.1) unless it uses calendar versions",
              )}
              {isSystem &&
                text(
                  'components',
                  'Components',
                  'The components released, as refs separated by commas',
                )}
              <FormControl
                component="fieldset"
                margin="normal"
                error={attempted && !!problems.goals}
              >
                <FormLabel component="legend">Goals</FormLabel>
                <FormGroup row>
                  {(Object.keys(releaseGoalLabels) as ReleaseGoal[]).map(
                    goal => (
                      <FormControlLabel
                        key={goal}
                        label={releaseGoalLabels[goal]}
                        control={
                          <Checkbox
                            checked={values.goals.includes(goal)}
                            disabled={submitting}
                            onChange={e =>
                              set(
                                'goals',
                                e.target.checked
                                  ? [...values.goals, goal]
                                  : values.goals.filter(g => g !== goal),
                              )
                            }
                          />
                        }
                      />
                    ),
                  )}
                </FormGroup>
                {attempted && problems.goals && (
                  <FormHelperText>{problems.goals}</FormHelperText>
                )}
              </FormControl>
              <Box display="flex" style={{ gap: 16 }}>
                {when('start', `Window start (${timeZoneName()})`)}
                {when('end', `Window end (${timeZoneName()})`)}
              </Box>
              {text(
                'phases',
                'Rollout phases',
                'Separated by commas, e.g. dev, staging, production; empty: the configured ones',
                false,
              )}
              {text('description', 'Description', 'What it brings', false)}
              <RiskQuestionnaireFields
                id={`${ID}-risk`}
                questionnaire={form.riskQuestionnaire}
                value={values.risk}
                onChange={risk => set('risk', risk)}
                disabled={submitting}
                showErrors={attempted}
              />
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={submitting}>
            Cancel
          </Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={submitting || !form || !proposal}
          >
            Schedule release
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
