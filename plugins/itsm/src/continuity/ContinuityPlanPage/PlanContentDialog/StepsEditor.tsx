import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import { moveItem, newKey, StepDraft } from '../planContentDraft';
import { RowButtons } from './RowButtons';

/**
 * The procedure's steps in order (§9.2.2(4)): title, the role that
 * performs it (in words, or a user or group ref), expected minutes and a
 * runbook URL; added, removed, moved up and down.
 */
export function StepsEditor(props: {
  value: StepDraft[];
  onChange: (steps: StepDraft[]) => void;
  disabled?: boolean;
}) {
  const { value, onChange, disabled } = props;
  const set = (key: string, patch: Partial<StepDraft>) =>
    onChange(value.map(s => (s.key === key ? { ...s, ...patch } : s)));
  const field = (
    s: StepDraft,
    name: 'title' | 'role' | 'expectedMinutes' | 'runbookUrl',
    label: string,
    flex: number,
    type?: string,
  ) => (
    <TextField
      id={`step-${s.key}-${name}`}
      label={label}
      value={s[name]}
      type={type}
      onChange={e => set(s.key, { [name]: e.target.value })}
      margin="normal"
      variant="outlined"
      size="small"
      style={{ flex }}
      disabled={disabled}
    />
  );
  return (
    <>
      {value.map((s, i) => (
        <Box
          key={s.key}
          display="flex"
          alignItems="flex-start"
          gridGap={8}
          data-testid={`edit-step-${i}`}
        >
          <Box mt={3} minWidth={20}>
            {i + 1}.
          </Box>
          {field(s, 'title', `Step ${i + 1}`, 3)}
          {field(s, 'role', 'Role', 2)}
          {field(s, 'expectedMinutes', 'Minutes', 1, 'number')}
          {field(s, 'runbookUrl', 'Runbook URL', 3)}
          <Box mt={2} display="flex">
            <RowButtons
              name={s.title || `step ${i + 1}`}
              index={i}
              count={value.length}
              disabled={disabled}
              onMove={delta => onChange(moveItem(value, i, delta))}
              onRemove={() => onChange(value.filter(x => x.key !== s.key))}
            />
          </Box>
        </Box>
      ))}
      <Button
        size="small"
        disabled={disabled}
        onClick={() =>
          onChange([
            ...value,
            {
              key: newKey(),
              title: '',
              role: '',
              expectedMinutes: '',
              runbookUrl: '',
            },
          ])
        }
      >
        Add step
      </Button>
    </>
  );
}
