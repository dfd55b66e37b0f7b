import { FormEvent, useState } from 'react';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { WorkflowTransition } from '@backstage-itsm/plugin-itsm-common';
import { describeError } from '../../lib/describeError';
import { AssigneeField } from '../AssigneeField';
import { SelectField } from '../SelectField';

/** "resolution" → "Resolution", "rootCause" → "Root cause". */
export function fieldLabel(field: string): string {
  const words = field
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLocaleLowerCase('en-US');
  return words.charAt(0).toLocaleUpperCase('en-US') + words.slice(1);
}

/**
 * Fields a move may confirm rather than ask anew: the dialog opens with the
 * record's current classification and assignee (Accept shows the category
 * the report gave).
 */
const keptFields = ['category', 'assignee'];

/** Props of {@link TransitionDialog}. */
export type TransitionDialogProps = {
  /**
   * The record to move: an incident, a change; its group's members are
   * proposed first to work it.
   */
  record: { id: string; ref: string; title: string; assignmentGroup?: string };
  transition: WorkflowTransition;
  onClose: () => void;
  /** Makes the move; a rejection is shown in the dialog. */
  onSubmit: (fields: Record<string, string>) => Promise<void>;
};

/**
 * Asks for the fields a workflow move requires (a resolution to resolve, a
 * reason to reopen) and makes the move.
 */
export function TransitionDialog(props: TransitionDialogProps) {
  const { record, transition, onClose, onSubmit } = props;
  const required = transition.requiredFields ?? [];
  const fields = [...required, ...(transition.optionalFields ?? [])];
  const choices = transition.fieldChoices ?? {};
  const kept = (field: string) => {
    const current = (record as Record<string, unknown>)[field];
    return keptFields.includes(field) && typeof current === 'string'
      ? current
      : '';
  };
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map(f => [f, kept(f)])),
  );
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>();

  const complete = required.every(f => values[f]?.trim());

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!complete || submitting) {
      return;
    }
    setSubmitting(true);
    setError(undefined);
    try {
      await onSubmit(
        Object.fromEntries(
          fields.flatMap(f => {
            const value = values[f].trim();
            // An optional field left as the record has it changes nothing.
            const unchanged = !required.includes(f) && value === kept(f);
            return value && !unchanged ? [[f, value]] : [];
          }),
        ),
      );
    } catch (e) {
      setError(e);
      setSubmitting(false);
    }
  };

  const titleId = `itsm-transition-${record.id}-title`;
  return (
    <Dialog
      open
      onClose={submitting ? undefined : onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
    >
      <form onSubmit={handleSubmit} noValidate>
        <DialogTitle id={titleId}>
          {transition.label} {record.ref}
        </DialogTitle>
        <DialogContent>
          <DialogContentText>{record.title}</DialogContentText>
          {error !== undefined && (
            <Alert severity="error">{describeError(error)}</Alert>
          )}
          {fields.map(field => {
            const set = (value: string | undefined) =>
              setValues(v => ({ ...v, [field]: value ?? '' }));
            if (choices[field]) {
              return (
                <SelectField
                  key={field}
                  id={`itsm-transition-${field}`}
                  label={fieldLabel(field)}
                  value={values[field]}
                  options={[
                    ...(required.includes(field) ? [] : ['']),
                    ...Object.keys(choices[field]),
                  ]}
                  labels={{ '': 'Not set', ...choices[field] }}
                  onChange={set}
                  disabled={submitting}
                />
              );
            }
            if (field === 'assignee') {
              return (
                <AssigneeField
                  key={field}
                  id={`itsm-transition-${field}`}
                  label={fieldLabel(field)}
                  groupRef={record.assignmentGroup}
                  value={values[field] || undefined}
                  onChange={set}
                  disabled={submitting}
                  required={required.includes(field)}
                  helperText="Who works it from now on: the group's members come first"
                />
              );
            }
            return (
              <TextField
                key={field}
                id={`itsm-transition-${field}`}
                label={fieldLabel(field)}
                value={values[field]}
                onChange={e => set(e.target.value)}
                required={required.includes(field)}
                multiline
                minRows={3}
                fullWidth
                margin="normal"
                variant="outlined"
                disabled={submitting}
              />
            );
          })}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={submitting}>
            Cancel
          </Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={!complete || submitting}
            startIcon={submitting ? <CircularProgress size={16} /> : undefined}
          >
            {transition.label}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
