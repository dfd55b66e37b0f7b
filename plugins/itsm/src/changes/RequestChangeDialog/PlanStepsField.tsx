import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import FormHelperText from '@material-ui/core/FormHelperText';
import IconButton from '@material-ui/core/IconButton';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import ArrowUpwardIcon from '@material-ui/icons/ArrowUpward';
import DeleteIcon from '@material-ui/icons/Delete';
import { EntityRefField } from '../../components/EntityRefField';

const STEP_TITLE_MAX_LENGTH = 500;
const MAX_STEPS = 50;

/** One step of the plan being written; `key` keeps it apart while moving. */
export type PlanStepValue = { key: string; title: string; owner?: string };

let nextKey = 0;

/** A new, empty step with a key of its own. */
export function newPlanStep(): PlanStepValue {
  nextKey += 1;
  return { key: `step-${nextKey}`, title: '' };
}

/** Props of {@link PlanStepsField}. */
export type PlanStepsFieldProps = {
  id: string;
  steps: PlanStepValue[];
  onChange: (steps: PlanStepValue[]) => void;
  disabled?: boolean;
  /** Marks the steps without a title (after a first submit attempt). */
  showErrors?: boolean;
};

/**
 * The implementation plan (§5.3.1) as an ordered list of steps, each with a
 * title and optionally who carries it out; steps are added, removed and
 * moved up. There is always at least one step.
 */
export function PlanStepsField(props: PlanStepsFieldProps) {
  const { id, steps, onChange, disabled, showErrors } = props;

  const update = (index: number, change: Partial<PlanStepValue>) =>
    onChange(steps.map((s, i) => (i === index ? { ...s, ...change } : s)));
  const remove = (index: number) =>
    onChange(steps.filter((_s, i) => i !== index));
  const moveUp = (index: number) => {
    const next = [...steps];
    [next[index - 1], next[index]] = [next[index], next[index - 1]];
    onChange(next);
  };

  return (
    <Box component="fieldset" border={0} padding={0} margin={0} mt={2}>
      <Typography component="legend" variant="subtitle2">
        Implementation plan
      </Typography>
      <FormHelperText>
        The steps in the order they are carried out, each with who does it
      </FormHelperText>
      {steps.map((step, index) => {
        const number = index + 1;
        const missing = showErrors && !step.title.trim();
        return (
          <Box key={step.key} display="flex" alignItems="flex-start">
            <Box flex={3} mr={1}>
              <TextField
                id={`${id}-${number}-title`}
                label={`Step ${number}`}
                value={step.title}
                onChange={e => update(index, { title: e.target.value })}
                required
                fullWidth
                margin="normal"
                variant="outlined"
                disabled={disabled}
                error={missing}
                helperText={missing ? 'A step needs a title' : undefined}
                inputProps={{ maxLength: STEP_TITLE_MAX_LENGTH }}
              />
            </Box>
            <Box flex={2} mr={1}>
              <EntityRefField
                id={`${id}-${number}-owner`}
                label={`Owner of step ${number}`}
                kinds={['User', 'Group']}
                value={step.owner}
                onChange={owner => update(index, { owner })}
                disabled={disabled}
              />
            </Box>
            <Box mt={3} display="flex">
              <IconButton
                aria-label={`Move step ${number} up`}
                size="small"
                disabled={disabled || index === 0}
                onClick={() => moveUp(index)}
              >
                <ArrowUpwardIcon fontSize="small" />
              </IconButton>
              <IconButton
                aria-label={`Remove step ${number}`}
                size="small"
                disabled={disabled || steps.length <= 1}
                onClick={() => remove(index)}
              >
                <DeleteIcon fontSize="small" />
              </IconButton>
            </Box>
          </Box>
        );
      })}
      <Button
        startIcon={<AddIcon />}
        size="small"
        disabled={disabled || steps.length >= MAX_STEPS}
        onClick={() => onChange([...steps, newPlanStep()])}
      >
        Add step
      </Button>
    </Box>
  );
}
