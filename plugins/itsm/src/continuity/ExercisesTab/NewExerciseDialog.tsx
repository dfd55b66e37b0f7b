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
import { useApi } from '@backstage/core-plugin-api';
import {
  assessRisk,
  ChangeForm,
  ContinuityPlan,
  Exercise,
  ExerciseKind,
  exerciseKindLabels,
  interruptingExerciseKinds,
  timeZoneName,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import {
  defaultWindow,
  emptyRiskValues,
  RiskQuestionnaireFields,
  riskInputOf,
  RiskValues,
} from '../../changes';
import { EntityRefField } from '../../components/EntityRefField';
import { SelectField } from '../../components/SelectField';
import { describeError } from '../../lib/describeError';

const ID = 'itsm-new-exercise';
const AD_HOC = 'ad-hoc';

/**
 * Plans an exercise (§9.3): of a plan (its services come with it) or ad
 * hoc; its kind, scope, scenario and planned start. One that interrupts
 * service (failover, full interruption) asks for its window and the
 * change risk answers: its change request is raised with it.
 */
export function NewExerciseDialog(props: {
  onCreated: (exercise: Exercise) => void;
  onClose: () => void;
}) {
  const itsmApi = useApi(itsmApiRef);
  const [plans, setPlans] = useState<ContinuityPlan[]>([]);
  const [form, setForm] = useState<ChangeForm>();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<ExerciseKind>('tabletop');
  const [plan, setPlan] = useState<string>(AD_HOC);
  const [entity, setEntity] = useState<string>();
  const [scope, setScope] = useState('');
  const [scenario, setScenario] = useState('');
  const [plannedStart, setPlannedStart] = useState('');
  const [window, setWindow] = useState(defaultWindow);
  const [risk, setRisk] = useState<RiskValues>(emptyRiskValues);
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const interrupting = interruptingExerciseKinds.includes(kind);

  useEffect(() => {
    let current = true;
    itsmApi.listContinuityRecords('continuity-plan', { limit: 100 }).then(
      page =>
        current && setPlans(page.items.filter(p => p.state !== 'retired')),
      e => current && setError(describeError(e)),
    );
    itsmApi.getChangeForm().then(
      loaded => current && setForm(loaded),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [itsmApi]);

  const chosenPlan = plans.find(p => p.ref === plan);
  let entityRefs: string[] = [];
  if (chosenPlan) entityRefs = chosenPlan.entityRefs;
  else if (entity) entityRefs = [entity];
  const riskOk =
    !interrupting ||
    (form && assessRisk(form.riskQuestionnaire, riskInputOf(risk)).ok);
  const missing = !title.trim() || entityRefs.length === 0 || !riskOk;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (missing || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      props.onCreated(
        await itsmApi.createContinuityRecord('exercise', {
          title: title.trim(),
          description: '',
          entityRefs,
          kind,
          ...(chosenPlan ? { plan: chosenPlan.ref } : {}),
          ...(scope.trim() ? { scope } : {}),
          ...(scenario.trim() ? { scenario } : {}),
          ...(plannedStart
            ? { plannedStart: new Date(plannedStart).toISOString() }
            : {}),
          ...(interrupting
            ? {
                window: {
                  start: new Date(window.start).toISOString(),
                  end: new Date(window.end).toISOString(),
                },
                risk: riskInputOf(risk),
              }
            : {}),
        }),
      );
    } catch (e) {
      setError(describeError(e));
      setBusy(false);
    }
  };

  const text = (
    key: string,
    label: string,
    value: string,
    set: (v: string) => void,
    extra: object = {},
  ) => (
    <TextField
      id={`${ID}-${key}`}
      label={label}
      value={value}
      onChange={e => set(e.target.value)}
      fullWidth
      margin="normal"
      variant="outlined"
      disabled={busy}
      {...extra}
    />
  );

  return (
    <Dialog
      open
      onClose={busy ? undefined : props.onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby={`${ID}-heading`}
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id={`${ID}-heading`}>New exercise</DialogTitle>
        <DialogContent>
          <DialogContentText>
            A drill of a continuity plan runs its procedure as a timed checklist
            against the services&apos; RTO. A failover or full interruption
            raises its change request, checked against freezes.
          </DialogContentText>
          {error && <Alert severity="error">{error}</Alert>}
          {text('title', 'Title', title, setTitle, {
            required: true,
            error: attempted && !title.trim(),
          })}
          <SelectField
            id={`${ID}-kind`}
            label="Kind"
            value={kind}
            options={Object.keys(exerciseKindLabels) as ExerciseKind[]}
            labels={exerciseKindLabels}
            onChange={setKind}
            disabled={busy}
          />
          <SelectField
            id={`${ID}-plan`}
            label="Plan"
            value={plan}
            options={[AD_HOC, ...plans.map(p => p.ref)]}
            labels={Object.fromEntries([
              [AD_HOC, 'Ad hoc (no plan)'],
              ...plans.map(p => [p.ref, `${p.ref}: ${p.title}`]),
            ])}
            onChange={setPlan}
            disabled={busy}
          />
          {!chosenPlan && (
            <EntityRefField
              id={`${ID}-entity`}
              label="Service"
              kinds={['Component', 'System', 'Resource']}
              value={entity}
              onChange={setEntity}
              required
              error={attempted && !entity}
              disabled={busy}
            />
          )}
          {text('scope', 'Scope', scope, setScope)}
          {text('scenario', 'Scenario', scenario, setScenario, {
            multiline: true,
            minRows: 2,
          })}
          {text(
            'planned',
            `Planned start (${timeZoneName()})`,
            plannedStart,
            setPlannedStart,
            { type: 'datetime-local', InputLabelProps: { shrink: true } },
          )}
          {interrupting && (
            <>
              {text(
                'start',
                `Window start (${timeZoneName()})`,
                window.start,
                v => setWindow(w => ({ ...w, start: v })),
                {
                  type: 'datetime-local',
                  InputLabelProps: { shrink: true },
                  required: true,
                },
              )}
              {text(
                'end',
                `Window end (${timeZoneName()})`,
                window.end,
                v => setWindow(w => ({ ...w, end: v })),
                {
                  type: 'datetime-local',
                  InputLabelProps: { shrink: true },
                  required: true,
                },
              )}
              {form && (
                <RiskQuestionnaireFields
                  id={`${ID}-risk`}
                  questionnaire={form.riskQuestionnaire}
                  value={risk}
                  onChange={setRisk}
                  disabled={busy}
                  showErrors={attempted}
                />
              )}
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onClose} disabled={busy}>
            Cancel
          </Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={busy}
            startIcon={busy ? <CircularProgress size={16} /> : undefined}
          >
            Plan exercise
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
