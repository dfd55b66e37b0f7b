import { useState } from 'react';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Alert from '@material-ui/lab/Alert';
import { useApi } from '@backstage/core-plugin-api';
import { BulkAssignResult, Incident } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { describeError } from '../../lib/describeError';
import { AssigneeField } from '../../components/AssigneeField';
import { EntityRefField } from '../../components/EntityRefField';

/** Props of {@link BulkAssignDialog}. */
export type BulkAssignDialogProps = {
  incidents: Incident[];
  onClose: () => void;
  /** Called with what the server answered for each incident. */
  onDone: (result: BulkAssignResult) => void;
};

/**
 * Gives the selected incidents to a group and/or an assignee, proposing
 * the members of the chosen group (or of the group they share) first.
 */
export function BulkAssignDialog(props: BulkAssignDialogProps) {
  const { incidents, onClose, onDone } = props;
  const itsmApi = useApi(itsmApiRef);
  const [group, setGroup] = useState<string>();
  const [assignee, setAssignee] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  // The group the incidents share, if they do: its members come first.
  const groups = new Set(incidents.map(i => i.assignmentGroup));
  const sharedGroup = groups.size === 1 ? [...groups][0] : undefined;

  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      onDone(
        await itsmApi.bulkAssignIncidents({
          items: incidents.map(i => ({ id: i.id, version: i.version })),
          ...(group ? { assignmentGroup: group } : {}),
          ...(assignee ? { assignee } : {}),
        }),
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>
        Assign {incidents.length} incident{incidents.length === 1 ? '' : 's'}
      </DialogTitle>
      <DialogContent>
        {error !== undefined && (
          <Alert severity="error">{describeError(error)}</Alert>
        )}
        <EntityRefField
          id="itsm-bulk-assign-group"
          label="Assignment group"
          kinds={['Group']}
          value={group}
          onChange={setGroup}
          disabled={busy}
          helperText="The group that works them from now on (its tier follows)"
        />
        <AssigneeField
          id="itsm-bulk-assign-assignee"
          label="Assignee"
          groupRef={group ?? sharedGroup}
          value={assignee}
          onChange={setAssignee}
          disabled={busy}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <Button
          color="primary"
          variant="contained"
          onClick={submit}
          disabled={busy || (!group && !assignee)}
        >
          Assign
        </Button>
      </DialogActions>
    </Dialog>
  );
}
