import { FormEvent, useState, ReactNode } from 'react';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { describeError } from '../../lib/describeError';
import { AssigneeField } from '../AssigneeField';
import { EntityRefField } from '../EntityRefField';
import { SelectField } from '../SelectField';

/** One field of a {@link FormDialog}. */
export type FormField = {
  name: string;
  label: string;
  required?: boolean;
  helperText?: string;
} & (
  | { kind: 'text' | 'multiline' }
  | { kind: 'select'; choices: Record<string, string> }
  | { kind: 'entity'; entityKinds: string[] }
  | {
      /** A user, the members of a group first: of the form's `groupField`, else `groupRef`. */
      kind: 'person';
      groupField?: string;
      groupRef?: string;
    }
);

/** Props of {@link FormDialog}. */
export type FormDialogProps = {
  title: string;
  description?: ReactNode;
  submitLabel: string;
  fields: FormField[];
  initialValues?: Record<string, string>;
  onClose: () => void;
  /** Does the work; a rejection is shown in the dialog, which stays open. */
  onSubmit: (values: Record<string, string>) => Promise<void>;
};

/**
 * A small form in a dialog: text, selects, catalog and people pickers, required
 * fields checked before sending, the server's refusal shown in place.
 */
export function FormDialog(props: FormDialogProps) {
  const { title, description, submitLabel, fields, onClose, onSubmit } = props;
  const [values, setValues] = useState<Record<string, string>>(
    props.initialValues ?? {},
  );
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const missing = fields.filter(f => f.required && !values[f.name]?.trim());
  const set = (name: string, value: string | undefined) =>
    setValues(v => ({ ...v, [name]: value ?? '' }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (missing.length > 0 || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const filled = Object.fromEntries(
        Object.entries(values).filter(([, v]) => v.trim() !== ''),
      );
      await onSubmit(filled);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          {description && <DialogContentText>{description}</DialogContentText>}
          {error !== undefined && (
            <Alert severity="error">{describeError(error)}</Alert>
          )}
          {fields.map(field => {
            const invalid = attempted && missing.includes(field);
            const helperText = invalid
              ? `${field.label} is required`
              : field.helperText;
            const id = `itsm-form-${field.name}`;
            if (field.kind === 'select') {
              return (
                <SelectField
                  key={field.name}
                  id={id}
                  label={field.label}
                  value={values[field.name] ?? ''}
                  options={['', ...Object.keys(field.choices)]}
                  labels={{ '': 'Choose…', ...field.choices }}
                  onChange={v => set(field.name, v)}
                  disabled={busy}
                  helperText={helperText}
                />
              );
            }
            if (field.kind === 'person') {
              return (
                <AssigneeField
                  key={field.name}
                  id={id}
                  label={field.label}
                  groupRef={
                    (field.groupField && values[field.groupField]) ||
                    field.groupRef
                  }
                  value={values[field.name] || undefined}
                  onChange={v => set(field.name, v)}
                  disabled={busy}
                  helperText={helperText}
                  required={field.required}
                  error={invalid}
                />
              );
            }
            if (field.kind === 'entity') {
              return (
                <EntityRefField
                  key={field.name}
                  id={id}
                  label={field.label}
                  kinds={field.entityKinds}
                  value={values[field.name] || undefined}
                  onChange={v => set(field.name, v)}
                  disabled={busy}
                  helperText={helperText}
                  required={field.required}
                  error={invalid}
                />
              );
            }
            return (
              <TextField
                key={field.name}
                id={id}
                label={field.label}
                value={values[field.name] ?? ''}
                onChange={e => set(field.name, e.target.value)}
                required={field.required}
                multiline={field.kind === 'multiline'}
                minRows={field.kind === 'multiline' ? 3 : undefined}
                fullWidth
                margin="normal"
                variant="outlined"
                disabled={busy}
                error={invalid}
                helperText={helperText}
              />
            );
          })}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={busy}
            startIcon={busy ? <CircularProgress size={16} /> : undefined}
          >
            {submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
