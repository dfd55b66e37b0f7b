import { FormEvent, useRef, useState } from 'react';
import Box from '@material-ui/core/Box';
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
import { useNavigate } from 'react-router-dom';
import {
  derivePriority,
  ImpactLevel,
  impactLabels,
  impactLevels,
  Problem,
  ProblemCategory,
  problemCategoryLabels,
  ProblemSource,
  problemSourceLabels,
  priorityLabels,
  urgencyLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { useProblemLink } from '../../hooks/useProblemLink';
import { usePriorityMatrix } from '../../hooks/usePriorityMatrix';
import { createIdempotencyKey } from '../../lib/createIdempotencyKey';
import { describeError } from '../../lib/describeError';
import { SelectField } from '../../components/SelectField';
import { EntityRefsField } from './EntityRefsField';
import { OpenProblemsNotice } from './OpenProblemsNotice';
import { parseIncidentRefs } from './parseIncidentRefs';

const TITLE_MAX_LENGTH = 255;
const DESCRIPTION_MAX_LENGTH = 20000;

/** The ways a problem is found that people log by hand (§4.1). */
const sources = (Object.keys(problemSourceLabels) as ProblemSource[]).filter(
  source => source !== 'proactive',
);

const categories = [
  '',
  ...(Object.keys(problemCategoryLabels) as ProblemCategory[]),
] as const;
const categoryLabels: Record<'' | ProblemCategory, string> = {
  '': 'Choose…',
  ...problemCategoryLabels,
};

/** What the dialog starts from, e.g. the incident it is opened from. */
export type LogProblemDefaults = {
  title?: string;
  description?: string;
  entityRefs?: string[];
  /** The incidents it is seen in, e.g. `['INC-4']`. */
  incidents?: string[];
};

/** Props of {@link LogProblemDialog}. */
export type LogProblemDialogProps = {
  defaults?: LogProblemDefaults;
  onClose: () => void;
  /** Called with the problem logged; then its page opens. */
  onLogged?: (problem: Problem) => void;
};

/**
 * Logs a problem (§4.1): what it is, the entities it concerns, its
 * category, how it was found, impact and urgency (the priority follows the
 * matrix) and the incidents it is seen in, which the server links as
 * caused by it. The open problems of the entities are shown, so a known
 * one is not logged twice. A retried submission makes one problem
 * (idempotency key); the server's refusal is shown in the dialog; then
 * the problem's page opens.
 */
export function LogProblemDialog(props: LogProblemDialogProps) {
  const { defaults = {}, onClose, onLogged } = props;
  const itsmApi = useApi(itsmApiRef);
  const navigate = useNavigate();
  const problemLink = useProblemLink();
  const priorityMatrix = usePriorityMatrix();
  const idempotencyKey = useRef(createIdempotencyKey());
  // Guards against a second submission before React re-renders the
  // disabled button; the idempotency key guards against everything else.
  const inFlight = useRef(false);

  const [title, setTitle] = useState(defaults.title ?? '');
  const [description, setDescription] = useState(defaults.description ?? '');
  const [entityRefs, setEntityRefs] = useState(defaults.entityRefs ?? []);
  const [category, setCategory] = useState<'' | ProblemCategory>('');
  const [source, setSource] = useState<ProblemSource>(
    defaults.incidents?.length ? 'incidents' : 'manual',
  );
  const [impact, setImpact] = useState<ImpactLevel>('medium');
  const [urgency, setUrgency] = useState<ImpactLevel>('medium');
  const [incidentsText, setIncidentsText] = useState(
    (defaults.incidents ?? []).join(', '),
  );
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const incidents = parseIncidentRefs(incidentsText);
  const missing = {
    title: !title.trim(),
    description: !description.trim(),
    entityRefs: entityRefs.length === 0,
    category: !category,
  };
  const invalid = Object.values(missing).some(Boolean) || !!incidents.invalid;
  const priority = derivePriority(priorityMatrix, impact, urgency);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (invalid || !category || inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(undefined);
    try {
      const problem = await itsmApi.createProblem(
        {
          title: title.trim(),
          description: description.trim(),
          entityRefs,
          category,
          source,
          impact,
          urgency,
          ...(incidents.refs.length ? { incidents: incidents.refs } : {}),
        },
        { idempotencyKey: idempotencyKey.current },
      );
      onLogged?.(problem);
      onClose();
      if (problemLink) navigate(problemLink(problem.ref));
    } catch (e) {
      setError(e);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  const close = () => {
    if (!busy) onClose();
  };

  return (
    <Dialog
      open
      onClose={close}
      aria-labelledby="itsm-log-problem-title"
      fullWidth
      maxWidth="sm"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="itsm-log-problem-title">Log problem</DialogTitle>
        <DialogContent>
          <DialogContentText>
            A problem is the unknown cause of one or more incidents.
            Investigating it finds the root cause, a workaround and a fix.
          </DialogContentText>
          {error !== undefined && (
            <Alert severity="error">{describeError(error)}</Alert>
          )}
          <TextField
            id="itsm-log-problem-title-field"
            label="Title"
            value={title}
            onChange={e => setTitle(e.target.value)}
            required
            fullWidth
            margin="normal"
            variant="outlined"
            disabled={busy}
            error={attempted && missing.title}
            helperText={
              attempted && missing.title ? 'A title is required' : undefined
            }
            inputProps={{ maxLength: TITLE_MAX_LENGTH }}
          />
          <TextField
            id="itsm-log-problem-description"
            label="Description"
            value={description}
            onChange={e => setDescription(e.target.value)}
            required
            multiline
            minRows={3}
            fullWidth
            margin="normal"
            variant="outlined"
            disabled={busy}
            error={attempted && missing.description}
            helperText={
              attempted && missing.description
                ? 'A description is required'
                : 'What is seen, since when, and its scope'
            }
            inputProps={{ maxLength: DESCRIPTION_MAX_LENGTH }}
          />
          <EntityRefsField
            id="itsm-log-problem-entities"
            label="Affected services or resources"
            addLabel="Add another service or resource"
            kinds={['Component', 'System', 'Resource', 'API']}
            value={entityRefs}
            onChange={setEntityRefs}
            disabled={busy}
            required
            error={attempted && missing.entityRefs}
            helperText={
              attempted && missing.entityRefs
                ? 'At least one affected entity is required'
                : 'The group of the first one investigates it'
            }
          />
          <OpenProblemsNotice entityRefs={entityRefs} />
          <Box display="flex" style={{ gap: 16 }}>
            <SelectField
              id="itsm-log-problem-category"
              label="Category"
              value={category}
              options={categories}
              labels={categoryLabels}
              onChange={setCategory}
              disabled={busy}
              helperText={
                attempted && missing.category
                  ? 'A category is required'
                  : undefined
              }
            />
            <SelectField
              id="itsm-log-problem-source"
              label="Found through"
              value={source}
              options={sources}
              labels={problemSourceLabels}
              onChange={setSource}
              disabled={busy}
            />
          </Box>
          <Box display="flex" style={{ gap: 16 }}>
            <SelectField
              id="itsm-log-problem-impact"
              label="Impact"
              value={impact}
              options={impactLevels}
              labels={impactLabels}
              onChange={setImpact}
              disabled={busy}
            />
            <SelectField
              id="itsm-log-problem-urgency"
              label="Urgency"
              value={urgency}
              options={impactLevels}
              labels={urgencyLabels}
              onChange={setUrgency}
              disabled={busy}
              helperText={`Priority: ${priorityLabels[priority]}`}
            />
          </Box>
          <TextField
            id="itsm-log-problem-incidents"
            label="Incidents"
            value={incidentsText}
            onChange={e => setIncidentsText(e.target.value)}
            fullWidth
            margin="normal"
            variant="outlined"
            disabled={busy}
            error={attempted && !!incidents.invalid}
            helperText={
              attempted && incidents.invalid
                ? `Not an incident number: ${incidents.invalid}`
                : 'The incidents it causes, e.g. INC-3, INC-7: they are linked to it'
            }
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={close} disabled={busy}>
            Cancel
          </Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={busy}
            startIcon={busy ? <CircularProgress size={16} /> : undefined}
          >
            Log problem
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
