import { FormEvent, useEffect, useRef, useState } from 'react';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  derivePriority,
  ImpactLevel,
  impactOfAnswers,
  impactLabels,
  impactLevels,
  Incident,
  IncidentCategory,
  IncidentChannel,
  incidentCategories,
  incidentCategoryLabels,
  itsmRecordReportOnBehalfPermission,
  priorityLabels,
  urgencyLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { usePriorityMatrix } from '../../hooks/usePriorityMatrix';
import { EntityRefField } from '../../components/EntityRefField';
import { SelectField } from '../../components/SelectField';
import { itsmApiRef } from '../../api/ItsmApi';
import { createIdempotencyKey } from '../../lib/createIdempotencyKey';
import { describeError } from '../../lib/describeError';
import { PlainAnswers, PlainImpactQuestions } from './PlainImpactQuestions';
import { SimilarIssues } from './SimilarIssues';

const TITLE_MAX_LENGTH = 200;
const DESCRIPTION_MAX_LENGTH = 20000;

type FormValues = {
  title: string;
  description: string;
  category: IncidentCategory;
  /** Asked of an agent logging a call. */
  impact: ImpactLevel;
  urgency: ImpactLevel;
  /** Asked instead of impact and urgency of those who report for themselves. */
  answers: PlainAnswers;
  /** Chosen in the form when the dialog has no fixed entity. */
  entityRef?: string;
  reportedBy?: string;
  channel: IncidentChannel;
};

const emptyForm: FormValues = {
  title: '',
  description: '',
  category: 'other',
  impact: 'medium',
  urgency: 'medium',
  answers: {},
  channel: 'portal',
};

/** The form as it opens: an agent logging for someone most often took a call. */
function initialForm(onBehalf?: boolean): FormValues {
  return onBehalf ? { ...emptyForm, channel: 'phone' } : emptyForm;
}

/** How an agent received a request they log for someone. */
const agentChannels = ['portal', 'phone', 'email', 'chat'] as const;
const channelLabels: Record<(typeof agentChannels)[number], string> = {
  portal: 'Portal (self-service)',
  phone: 'Phone call',
  email: 'Email',
  chat: 'Chat',
};

/** The impact and urgency the plain answers give; undefined until both are given. */
function gradeOfAnswers({ affected, canWork }: PlainAnswers) {
  return affected && canWork ? impactOfAnswers(affected, canWork) : undefined;
}

/** Props of {@link ReportIncidentDialog}. */
export type ReportIncidentDialogProps = {
  open: boolean;
  /**
   * The affected catalog entity, e.g. `component:default/payments`; without
   * it the form offers a catalog picker (the service desk's "New request").
   */
  entityRef?: string;
  /**
   * An agent logging a request for someone else: the form asks who reported
   * it and through which channel (§3.2.1).
   */
  onBehalf?: boolean;
  title?: string;
  onClose: () => void;
  /** Called with the incident the server made (or had made already). */
  onCreated: (incident: Incident) => void;
};

/**
 * Who the caller is, for those who may report in someone else's name
 * (`itsm.record.report-on-behalf`); nothing for the others, who report as
 * themselves.
 */
function ReportedByField(props: {
  value?: string;
  onChange: (ref?: string) => void;
  disabled: boolean;
}) {
  const { allowed } = usePermission({
    permission: itsmRecordReportOnBehalfPermission,
  });
  return allowed ? (
    <EntityRefField
      id="itsm-report-incident-reported-by"
      label="Reported by"
      kinds={['User']}
      value={props.value}
      onChange={props.onChange}
      disabled={props.disabled}
      helperText="The caller; you, when left empty"
    />
  ) : null;
}

/**
 * The form to report an incident against an entity. Each opening of the
 * dialog has its own idempotency key, so however often the form is submitted
 * (a double click, a retry after a lost answer) it makes one incident.
 */
export function ReportIncidentDialog(props: ReportIncidentDialogProps) {
  const { open, entityRef, onBehalf, onClose, onCreated } = props;
  const dialogTitle = props.title ?? 'Report incident';
  const itsmApi = useApi(itsmApiRef);
  const priorityMatrix = usePriorityMatrix();

  const [values, setValues] = useState<FormValues>(() => initialForm(onBehalf));
  const [idempotencyKey, setIdempotencyKey] = useState(createIdempotencyKey);
  const [attempted, setAttempted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>();
  // Guards against a second submission before React re-renders the
  // disabled button; the idempotency key guards against everything else.
  const inFlight = useRef(false);

  useEffect(() => {
    if (open) {
      setValues(initialForm(onBehalf));
      setIdempotencyKey(createIdempotencyKey());
      setAttempted(false);
      setSubmitting(false);
      setError(undefined);
    }
  }, [open, onBehalf]);

  // Self-service asks plain questions; an agent logging a call the grades.
  const plain = !onBehalf;
  const graded = plain
    ? gradeOfAnswers(values.answers)
    : { impact: values.impact, urgency: values.urgency };
  const priority =
    graded && derivePriority(priorityMatrix, graded.impact, graded.urgency);
  const titleMissing = !values.title.trim();
  const descriptionMissing = !values.description.trim();

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (titleMissing || descriptionMissing || !graded || inFlight.current) {
      return;
    }
    inFlight.current = true;
    setSubmitting(true);
    setError(undefined);
    try {
      const incident = await itsmApi.createIncident(
        {
          title: values.title.trim(),
          description: values.description.trim(),
          category: values.category,
          impact: graded.impact,
          urgency: graded.urgency,
          entityRefs: [entityRef ?? values.entityRef].flatMap(ref =>
            ref ? [ref] : [],
          ),
          ...(onBehalf
            ? { reportedBy: values.reportedBy, channel: values.channel }
            : {}),
        },
        { idempotencyKey },
      );
      onCreated(incident);
    } catch (e) {
      setError(e);
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  };

  const close = () => {
    if (!submitting) {
      onClose();
    }
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      aria-labelledby="itsm-report-incident-title"
      fullWidth
      maxWidth="sm"
    >
      <form onSubmit={handleSubmit} noValidate>
        <DialogTitle id="itsm-report-incident-title">{dialogTitle}</DialogTitle>
        <DialogContent>
          {error !== undefined && (
            <Alert severity="error">{describeError(error)}</Alert>
          )}
          {entityRef ? (
            <TextField
              id="itsm-report-incident-entity"
              label="Affected entity"
              value={entityRef}
              fullWidth
              margin="normal"
              variant="outlined"
              InputProps={{ readOnly: true }}
              helperText="The incident is reported against this entity"
            />
          ) : (
            <EntityRefField
              id="itsm-report-incident-entity"
              label="Affected service or resource"
              kinds={['Component', 'System', 'Resource', 'API']}
              value={values.entityRef}
              onChange={ref => setValues(v => ({ ...v, entityRef: ref }))}
              disabled={submitting}
              helperText="Leave empty when no catalog entity fits: the service desk routes it"
            />
          )}
          {onBehalf && (
            <>
              <ReportedByField
                value={values.reportedBy}
                onChange={ref => setValues(v => ({ ...v, reportedBy: ref }))}
                disabled={submitting}
              />
              <SelectField
                id="itsm-report-incident-channel"
                label="Channel"
                value={values.channel as (typeof agentChannels)[number]}
                options={agentChannels}
                labels={channelLabels}
                onChange={channel => setValues(v => ({ ...v, channel }))}
                disabled={submitting}
              />
            </>
          )}
          <TextField
            id="itsm-report-incident-title-field"
            label="Title"
            value={values.title}
            onChange={e => setValues(v => ({ ...v, title: e.target.value }))}
            required
            fullWidth
            margin="normal"
            variant="outlined"
            disabled={submitting}
            error={attempted && titleMissing}
            helperText={
              attempted && titleMissing
                ? 'A title is required'
                : 'What is wrong, in a few words'
            }
            inputProps={{ maxLength: TITLE_MAX_LENGTH }}
          />
          <TextField
            id="itsm-report-incident-description"
            label="Description"
            value={values.description}
            onChange={e =>
              setValues(v => ({ ...v, description: e.target.value }))
            }
            required
            multiline
            minRows={4}
            fullWidth
            margin="normal"
            variant="outlined"
            disabled={submitting}
            error={attempted && descriptionMissing}
            helperText={
              attempted && descriptionMissing
                ? 'A description is required'
                : 'What you see, since when, and who is affected'
            }
            inputProps={{ maxLength: DESCRIPTION_MAX_LENGTH }}
          />
          {/* Known errors and open incidents: maybe it is known already. */}
          <SimilarIssues
            title={values.title}
            description={values.description}
            entityRef={entityRef ?? values.entityRef}
            onBehalf={onBehalf}
            onLeave={onClose}
          />
          <SelectField
            id="itsm-report-incident-category"
            label="Category"
            value={values.category}
            options={incidentCategories}
            labels={incidentCategoryLabels}
            onChange={category => setValues(v => ({ ...v, category }))}
            disabled={submitting}
          />
          {plain ? (
            <PlainImpactQuestions
              value={values.answers}
              onChange={answers => setValues(v => ({ ...v, answers }))}
              disabled={submitting}
              attempted={attempted}
              helperText={
                priority &&
                `We will treat it as ${priorityLabels[priority]}; the service desk may adjust it.`
              }
            />
          ) : (
            <>
              <SelectField
                id="itsm-report-incident-impact"
                label="Impact"
                value={values.impact}
                options={impactLevels}
                labels={impactLabels}
                onChange={impact => setValues(v => ({ ...v, impact }))}
                disabled={submitting}
              />
              <SelectField
                id="itsm-report-incident-urgency"
                label="Urgency"
                value={values.urgency}
                options={impactLevels}
                labels={urgencyLabels}
                onChange={urgency => setValues(v => ({ ...v, urgency }))}
                disabled={submitting}
                helperText={
                  priority &&
                  `Priority: ${priorityLabels[priority]} (from impact and urgency)`
                }
              />
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={close} disabled={submitting}>
            Cancel
          </Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={submitting}
            startIcon={submitting ? <CircularProgress size={16} /> : undefined}
          >
            {dialogTitle}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
