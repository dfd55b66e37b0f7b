import Box from '@material-ui/core/Box';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import {
  assessRisk,
  RiskInput,
  RiskLevel,
  riskLevelLabels,
  riskLevels,
  RiskQuestion,
  RiskQuestionnaire,
} from '@backstage-itsm/plugin-itsm-common';
import { SelectField } from '../../components/SelectField';

const REASON_MAX_LENGTH = 2000;

/** The requester's own risk level, or none (the questionnaire's counts). */
export type StatedRisk = RiskLevel | 'none';

/** What the requester answers and states about the risk. */
export type RiskValues = {
  answers: Record<string, string>;
  stated: StatedRisk;
  statedReason: string;
};

export const emptyRiskValues: RiskValues = {
  answers: {},
  stated: 'none',
  statedReason: '',
};

const statedOptions: readonly StatedRisk[] = ['none', ...riskLevels];
const statedLabels: Record<StatedRisk, string> = {
  none: 'As the questionnaire gives',
  ...riskLevelLabels,
};

/** The risk values as the API and {@link assessRisk} take them. */
export function riskInputOf(values: RiskValues): RiskInput {
  const reason = values.statedReason.trim();
  return {
    answers: values.answers,
    ...(values.stated === 'none' ? {} : { stated: values.stated }),
    ...(values.stated !== 'none' && reason ? { statedReason: reason } : {}),
  };
}

function choicesOf(question: RiskQuestion) {
  return (
    question.options ?? [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ]
  );
}

/** Props of {@link RiskQuestionnaireFields}. */
export type RiskQuestionnaireFieldsProps = {
  id: string;
  questionnaire: RiskQuestionnaire;
  value: RiskValues;
  onChange: (value: RiskValues) => void;
  disabled?: boolean;
  /** Marks unanswered questions and a missing reason (after a submit). */
  showErrors?: boolean;
};

/**
 * The risk questionnaire of a change (§5.2.1): one radio group per
 * question, the risk level they give (updated as the user answers), and
 * an optional risk the requester states, with a reason when it is lower.
 */
export function RiskQuestionnaireFields(props: RiskQuestionnaireFieldsProps) {
  const { id, questionnaire, value, onChange, disabled, showErrors } = props;
  const computed = assessRisk(questionnaire, { answers: value.answers });
  const counted = assessRisk(questionnaire, riskInputOf(value));
  const lowerStated =
    computed.ok &&
    value.stated !== 'none' &&
    riskLevels.indexOf(value.stated) <
      riskLevels.indexOf(computed.assessment.computed);
  const reasonMissing = lowerStated && !value.statedReason.trim();

  let summary = 'Risk: answer every question to see the risk level';
  if (counted.ok) {
    const { level, score, computed: given } = counted.assessment;
    const note =
      level === given
        ? ''
        : `; the questionnaire gives ${riskLevelLabels[given]}`;
    summary = `Risk: ${riskLevelLabels[level]} (score ${score}${note})`;
  } else if (computed.ok) {
    const { computed: level, score } = computed.assessment;
    summary = `Risk: ${riskLevelLabels[level]} (score ${score})`;
  }

  return (
    <Box mt={2}>
      <Typography variant="subtitle2">Risk</Typography>
      {questionnaire.questions.map(question => {
        const labelId = `${id}-${question.id}-label`;
        const answer = value.answers[question.id] ?? '';
        const missing = showErrors && !answer;
        return (
          <FormControl
            key={question.id}
            component="fieldset"
            margin="dense"
            fullWidth
            error={missing}
            disabled={disabled}
          >
            <FormLabel id={labelId} component="legend">
              {question.text}
            </FormLabel>
            <RadioGroup
              row
              aria-labelledby={labelId}
              name={`${id}-${question.id}`}
              value={answer}
              onChange={e =>
                onChange({
                  ...value,
                  answers: { ...value.answers, [question.id]: e.target.value },
                })
              }
            >
              {choicesOf(question).map(choice => (
                <FormControlLabel
                  key={choice.value}
                  value={choice.value}
                  control={<Radio color="primary" />}
                  label={choice.label}
                />
              ))}
            </RadioGroup>
            {missing && <FormHelperText>Answer this question</FormHelperText>}
          </FormControl>
        );
      })}
      <Typography
        id={`${id}-level`}
        variant="body1"
        role="status"
        aria-live="polite"
      >
        {summary}
      </Typography>
      <SelectField
        id={`${id}-stated`}
        label="Stated risk"
        value={value.stated}
        options={statedOptions}
        labels={statedLabels}
        onChange={stated => onChange({ ...value, stated })}
        disabled={disabled}
        helperText="Optional: your own view of the risk. The higher of it and the questionnaire's level counts; a lower one needs a reason."
      />
      {lowerStated && (
        <TextField
          id={`${id}-stated-reason`}
          label="Why the risk is lower"
          value={value.statedReason}
          onChange={e => onChange({ ...value, statedReason: e.target.value })}
          required
          multiline
          minRows={2}
          fullWidth
          margin="normal"
          variant="outlined"
          disabled={disabled}
          error={showErrors && reasonMissing}
          helperText={
            showErrors && reasonMissing
              ? 'Say why the risk is lower than the questionnaire gives'
              : 'For the assessor; the questionnaire’s level still counts'
          }
          inputProps={{ maxLength: REASON_MAX_LENGTH }}
        />
      )}
    </Box>
  );
}
