import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import IconButton from '@material-ui/core/IconButton';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import AddIcon from '@material-ui/icons/Add';
import DeleteIcon from '@material-ui/icons/Delete';
import { MAX_WHYS, RootCause } from '@backstage-itsm/plugin-itsm-common';
import { blankWhy, DraftLine, RootCauseDraft } from './analysisForm';

/**
 * The root cause (§4.2) as a 5-whys chain (one to five answers to "why?",
 * each asked of the one before, ending in the cause) or as a free-text
 * analysis.
 */
export function RootCauseEditor(props: {
  value: RootCauseDraft;
  onChange: (value: RootCauseDraft) => void;
  disabled?: boolean;
}) {
  const { value, onChange, disabled } = props;
  const setWhys = (whys: DraftLine[]) => onChange({ ...value, whys });
  const setWhy = (key: string, text: string) =>
    setWhys(value.whys.map(why => (why.key === key ? { ...why, text } : why)));

  return (
    <Box>
      <RadioGroup
        row
        aria-label="Root cause method"
        value={value.method}
        onChange={e =>
          onChange({ ...value, method: e.target.value as RootCause['method'] })
        }
      >
        <FormControlLabel
          value="five_whys"
          control={<Radio />}
          label="5 whys"
          disabled={disabled}
        />
        <FormControlLabel
          value="free_text"
          control={<Radio />}
          label="Free text"
          disabled={disabled}
        />
      </RadioGroup>
      {value.method === 'free_text' ? (
        <TextField
          id="itsm-root-cause-text"
          label="Root cause analysis"
          value={value.text}
          onChange={e => onChange({ ...value, text: e.target.value })}
          multiline
          minRows={3}
          fullWidth
          margin="normal"
          variant="outlined"
          disabled={disabled}
        />
      ) : (
        <>
          {value.whys.map((why, index) => (
            <Box key={why.key} display="flex" alignItems="flex-start">
              <TextField
                id={`itsm-root-cause-why-${index + 1}`}
                label={`Why ${index + 1}`}
                helperText={
                  index === 0 ? 'Why does the problem happen?' : 'Why is that?'
                }
                value={why.text}
                onChange={e => setWhy(why.key, e.target.value)}
                fullWidth
                margin="dense"
                variant="outlined"
                disabled={disabled}
              />
              <Box mt={2} ml={1}>
                <IconButton
                  aria-label={`Remove why ${index + 1}`}
                  size="small"
                  disabled={disabled || value.whys.length <= 1}
                  onClick={() =>
                    setWhys(value.whys.filter(w => w.key !== why.key))
                  }
                >
                  <DeleteIcon fontSize="small" />
                </IconButton>
              </Box>
            </Box>
          ))}
          <Button
            size="small"
            startIcon={<AddIcon />}
            disabled={disabled || value.whys.length >= MAX_WHYS}
            onClick={() => setWhys([...value.whys, blankWhy()])}
          >
            Add a why
          </Button>
          <TextField
            id="itsm-root-cause-cause"
            label="Root cause"
            helperText="Where the whys end: the cause to remove"
            value={value.cause}
            onChange={e => onChange({ ...value, cause: e.target.value })}
            fullWidth
            margin="normal"
            variant="outlined"
            disabled={disabled}
          />
        </>
      )}
    </Box>
  );
}
