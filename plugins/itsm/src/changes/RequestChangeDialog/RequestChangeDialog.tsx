import { FormEvent, useEffect, useRef, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField, { TextFieldProps } from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { useApi } from '@backstage/core-plugin-api';
import {
  Change,
  ChangeForm,
  timeZoneName,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { createIdempotencyKey } from '../../lib/createIdempotencyKey';
import { describeError } from '../../lib/describeError';
import { EntityRefField } from '../../components/EntityRefField';
import {
  ChangeFormValues,
  emptyChangeForm,
  findProblems,
  toCreateChangeRequest,
} from './changeFormValues';
import { ChangeModelFields } from './ChangeModelFields';
import { PlanStepsField } from './PlanStepsField';
import { RiskQuestionnaireFields } from './RiskQuestionnaireFields';
import { StandardChangePlan } from './StandardChangePlan';

const ID = 'itsm-request-change';

type TextKey =
  | 'title'
  | 'description'
  | 'reason'
  | 'start'
  | 'end'
  | 'backoutPlan'
  | 'testPlan';

/** Props of {@link RequestChangeDialog}. */
export type RequestChangeDialogProps = {
  open: boolean;
  /** The affected entity, e.g. component:default/payments; without it the form offers a catalog picker (EntityRefField). */
  entityRef?: string;
  onClose: () => void;
  /** Called with the change the server made. */
  onCreated: (change: Change) => void;
};

/**
 * The form to request a change (§5.2.1): what and why, its model and type,
 * when, the plans and the risk questionnaire. The change is made as a
 * draft, which the requester submits from its page. Each opening of the
 * dialog has its own idempotency key, so a retry makes one change.
 */
export function RequestChangeDialog(props: RequestChangeDialogProps) {
  const { open, entityRef, onClose, onCreated } = props;
  const itsmApi = useApi(itsmApiRef);
  const [form, setForm] = useState<ChangeForm>();
  const [loadError, setLoadError] = useState<unknown>();
  const [values, setValues] = useState<ChangeFormValues>(emptyChangeForm);
  const [idempotencyKey, setIdempotencyKey] = useState(createIdempotencyKey);
  const [attempted, setAttempted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>();
  const inFlight = useRef(false);

  useEffect(() => {
    if (!open) return undefined;
    setValues(emptyChangeForm());
    setIdempotencyKey(createIdempotencyKey());
    setAttempted(false);
    setSubmitting(false);
    setError(undefined);
    setForm(undefined);
    setLoadError(undefined);
    let current = true;
    itsmApi.getChangeForm().then(
      loaded => current && setForm(loaded),
      e => current && setLoadError(e),
    );
    return () => {
      current = false;
    };
  }, [open, itsmApi]);

  const problems = form ? findProblems(values, form.riskQuestionnaire) : {};
  const standard = values.model === 'standard';
  const template = form?.standardChanges.find(t => t.id === values.template);

  const set = <K extends keyof ChangeFormValues>(
    key: K,
    value: ChangeFormValues[K],
  ) => setValues(v => ({ ...v, [key]: value }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (!form || Object.keys(problems).length > 0 || inFlight.current) {
      return;
    }
    inFlight.current = true;
    setSubmitting(true);
    setError(undefined);
    try {
      const change = await itsmApi.createChange(
        toCreateChangeRequest(values, entityRef),
        { idempotencyKey },
      );
      onCreated(change);
    } catch (e) {
      setError(e);
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  };

  const close = () => {
    if (!submitting) onClose();
  };

  const text = (
    key: TextKey,
    label: string,
    helperText: string,
    extra: Partial<TextFieldProps> = {},
  ) => (
    <TextField
      id={`${ID}-${key}`}
      label={label}
      value={values[key]}
      onChange={e => set(key, e.target.value)}
      required
      fullWidth
      margin="normal"
      variant="outlined"
      disabled={submitting}
      error={attempted && !!problems[key]}
      helperText={(attempted && problems[key]) || helperText}
      {...extra}
    />
  );
  const long = {
    multiline: true,
    minRows: 3,
    inputProps: { maxLength: 20000 },
  };
  const when = {
    type: 'datetime-local',
    InputLabelProps: { shrink: true },
  } as const;

  let content = <CircularProgress aria-label="Loading the change form" />;
  if (loadError !== undefined) {
    content = <Alert severity="error">{describeError(loadError)}</Alert>;
  } else if (form) {
    content = (
      <>
        {error !== undefined && (
          <Alert severity="error">{describeError(error)}</Alert>
        )}
        {entityRef ? (
          <TextField
            id={`${ID}-entity`}
            label="Affected entity"
            value={entityRef}
            fullWidth
            margin="normal"
            variant="outlined"
            InputProps={{ readOnly: true }}
          />
        ) : (
          <EntityRefField
            id={`${ID}-entity`}
            label="Affected service or resource"
            kinds={['Component', 'System', 'Resource', 'API']}
            value={values.entityRef}
            onChange={ref => set('entityRef', ref)}
            disabled={submitting}
          />
        )}
        <ChangeModelFields
          id={ID}
          form={form}
          values={values}
          setValues={setValues}
          disabled={submitting}
          templateError={attempted ? problems.template : undefined}
        />
        {text('title', 'Title', 'What changes, in a few words', {
          inputProps: { maxLength: 255 },
        })}
        {text('description', 'Description', 'What is done, and to what', long)}
        {text(
          'reason',
          'Reason',
          standard
            ? "Optional: the standard change's description when left empty"
            : 'Why the change is needed',
          { ...long, required: !standard },
        )}
        <Box display="flex" style={{ gap: 16 }}>
          {text(
            'start',
            `Window start (${timeZoneName()})`,
            'When the work begins, in your time zone',
            when,
          )}
          {text(
            'end',
            `Window end (${timeZoneName()})`,
            'When the work is over',
            when,
          )}
        </Box>
        {standard && template && (
          <StandardChangePlan id={`${ID}-standard`} template={template} />
        )}
        {!standard && (
          <>
            <PlanStepsField
              id={`${ID}-plan`}
              steps={values.plan}
              onChange={plan => set('plan', plan)}
              disabled={submitting}
              showErrors={attempted}
            />
            {text('backoutPlan', 'Backout plan', 'How to undo it', long)}
            {text('testPlan', 'Test plan', 'How to check it worked', long)}
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
      </>
    );
  }

  return (
    <Dialog
      open={open}
      onClose={close}
      aria-labelledby={`${ID}-dialog-title`}
      fullWidth
      maxWidth="md"
    >
      <form onSubmit={handleSubmit} noValidate>
        <DialogTitle id={`${ID}-dialog-title`}>Request change</DialogTitle>
        <DialogContent>
          <DialogContentText>
            The change is saved as a draft; submit it for acceptance from its
            page.
          </DialogContentText>
          {content}
        </DialogContent>
        <DialogActions>
          <Button onClick={close} disabled={submitting}>
            Cancel
          </Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={submitting || !form}
            startIcon={submitting ? <CircularProgress size={16} /> : undefined}
          >
            Request change
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
