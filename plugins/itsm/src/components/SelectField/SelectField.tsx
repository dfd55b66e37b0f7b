import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';

/** Props of {@link SelectField}. */
export type SelectFieldProps<T extends string> = {
  id: string;
  label: string;
  value: T;
  options: readonly T[];
  labels: Record<T, string>;
  onChange: (value: T) => void;
  disabled?: boolean;
  helperText?: string;
};

/** An outlined select of a fixed list of values, with their labels. */
export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const { id, label, value, options, labels, onChange, disabled, helperText } =
    props;
  return (
    <TextField
      select
      id={id}
      label={label}
      value={value}
      onChange={e => onChange(e.target.value as T)}
      fullWidth
      margin="normal"
      variant="outlined"
      disabled={disabled}
      helperText={helperText}
    >
      {options.map(option => (
        <MenuItem key={option} value={option}>
          {labels[option]}
        </MenuItem>
      ))}
    </TextField>
  );
}
