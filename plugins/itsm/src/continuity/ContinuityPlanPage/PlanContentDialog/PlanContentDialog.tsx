import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useApi } from '@backstage/core-plugin-api';
import { ContinuityPlan } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../../api/ItsmApi';
import { describeError } from '../../../lib/describeError';
import { isStaleVersionError } from '../../../lib/isStaleVersionError';
import {
  contentRequestOf,
  describeContentError,
  draftOf,
  PlanContentDraft,
} from '../planContentDraft';
import { DetailsEditor } from './DetailsEditor';
import { DrillsEditor } from './DrillsEditor';
import { EntityRefList } from './EntityRefList';
import { MeasuresEditor } from './MeasuresEditor';
import { StepsEditor } from './StepsEditor';

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every(x => b.includes(x));

function Section(props: { title: string; children: React.ReactNode }) {
  return (
    <Box mt={2}>
      <Divider />
      <Typography variant="h6" style={{ marginTop: 8 }}>
        {props.title}
      </Typography>
      {props.children}
    </Box>
  );
}

/**
 * Edits a plan's content in draft or under revision (§9.2.2): its measures
 * by phase, its procedure's steps in order, activation criteria,
 * resources, contacts and drill schedule, sent whole to
 * `PUT /continuity-plans/{id}/content` on the version read; the services
 * it covers, when changed, follow by the plan's update. A refusal is shown
 * naming the part of the form it points at; a conflict (someone changed
 * the plan) reloads it and says so, the edits kept to send again.
 */
export function PlanContentDialog(props: {
  plan: ContinuityPlan;
  onClose: () => void;
  onChanged: (plan: ContinuityPlan) => void;
  onReload: () => void;
}) {
  const { plan } = props;
  const itsmApi = useApi(itsmApiRef);
  const [draft, setDraft] = useState<PlanContentDraft>(() => draftOf(plan));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [stale, setStale] = useState(false);
  const patch = (p: Partial<PlanContentDraft>) =>
    setDraft(d => ({ ...d, ...p }));

  const send = async () => {
    setBusy(true);
    setError(undefined);
    setStale(false);
    let saved: ContinuityPlan | undefined;
    try {
      saved = await itsmApi.updateContinuityPlanContent(
        plan.ref,
        contentRequestOf(draft, plan.version),
      );
      if (!sameSet(draft.entityRefs, saved.entityRefs)) {
        saved = await itsmApi.updateContinuityRecord(
          'continuity-plan',
          plan.ref,
          { version: saved.version, entityRefs: draft.entityRefs },
        );
      }
      props.onChanged(saved);
      props.onClose();
    } catch (e) {
      if (saved) props.onChanged(saved);
      if (isStaleVersionError(e)) {
        setStale(true);
        props.onReload();
      } else {
        setError(describeContentError(describeError(e)));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      onClose={busy ? undefined : props.onClose}
      fullWidth
      maxWidth="lg"
      aria-labelledby="plan-content-title"
    >
      <DialogTitle id="plan-content-title">
        Edit {plan.ref}: {plan.title}
      </DialogTitle>
      <DialogContent>
        {error && <Alert severity="error">{error}</Alert>}
        {stale && (
          <Alert severity="warning">
            Someone changed the plan since you opened it: it has been reloaded.
            Your edits are still here; send them again to apply them to the new
            version, or cancel.
          </Alert>
        )}
        <Section title="Covered services">
          <EntityRefList
            id="plan-entities"
            label="Add a component or system"
            kinds={['Component', 'System']}
            value={draft.entityRefs}
            onChange={entityRefs => patch({ entityRefs })}
            disabled={busy}
          />
        </Section>
        <Section title="Measures">
          <MeasuresEditor
            value={draft.measures}
            onChange={measures => patch({ measures })}
            disabled={busy}
          />
        </Section>
        <Section title="Procedure">
          <StepsEditor
            value={draft.procedure}
            onChange={procedure => patch({ procedure })}
            disabled={busy}
          />
        </Section>
        <Section title="Activation, resources and contacts">
          <DetailsEditor value={draft} onChange={patch} disabled={busy} />
        </Section>
        <Section title="Drill schedule">
          <DrillsEditor
            value={draft.schedule}
            onChange={schedule => patch({ schedule })}
            disabled={busy}
          />
        </Section>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose} disabled={busy}>
          Cancel
        </Button>
        <Button
          color="primary"
          variant="contained"
          onClick={send}
          disabled={busy}
          startIcon={busy ? <CircularProgress size={16} /> : undefined}
        >
          Save plan
        </Button>
      </DialogActions>
    </Dialog>
  );
}
