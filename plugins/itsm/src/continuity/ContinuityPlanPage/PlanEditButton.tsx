import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import {
  ContinuityPlan,
  continuityPlanWorkflow,
} from '@backstage-itsm/plugin-itsm-common';
import { PlanContentDialog } from './PlanContentDialog';

/**
 * "Edit plan" for those who may edit it (its owners), while it is a draft
 * or under revision, opening the content dialog.
 */
export function PlanEditButton(props: {
  plan: ContinuityPlan;
  onChanged: (plan: ContinuityPlan) => void;
  onReload: () => void;
}) {
  const { plan } = props;
  const [open, setOpen] = useState(false);
  const editable =
    (continuityPlanWorkflow.editableStates ?? []).includes(
      plan.state as (typeof continuityPlanWorkflow.states)[number],
    ) && Boolean(plan.allowed?.update);
  if (!editable) return null;
  return (
    <Box mb={2}>
      <Button variant="contained" color="primary" onClick={() => setOpen(true)}>
        Edit plan
      </Button>
      {open && (
        <PlanContentDialog
          plan={plan}
          onClose={() => setOpen(false)}
          onChanged={props.onChanged}
          onReload={props.onReload}
        />
      )}
    </Box>
  );
}
