import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import {
  AffectedAnswer,
  affectedAnswers,
  CanWorkAnswer,
  canWorkAnswers,
  reporterQuestions,
} from '@backstage-itsm/plugin-itsm-common';

/** The answers to the plain questions, while some may still be missing. */
export type PlainAnswers = {
  affected?: AffectedAnswer;
  canWork?: CanWorkAnswer;
};

function Question<T extends string>(props: {
  id: string;
  question: string;
  answers: readonly T[];
  labels: Record<T, { label: string }>;
  value?: T;
  onChange: (value: T) => void;
  disabled: boolean;
  missing: boolean;
  helperText?: string;
}) {
  const { id, question, answers, labels, value, missing } = props;
  return (
    <FormControl
      component="fieldset"
      margin="normal"
      fullWidth
      error={missing}
      disabled={props.disabled}
      required
    >
      <FormLabel component="legend" id={`${id}-label`}>
        {question}
      </FormLabel>
      <RadioGroup
        aria-labelledby={`${id}-label`}
        value={value ?? ''}
        onChange={e => props.onChange(e.target.value as T)}
      >
        {answers.map(answer => (
          <FormControlLabel
            key={answer}
            value={answer}
            control={<Radio size="small" />}
            label={labels[answer].label}
          />
        ))}
      </RadioGroup>
      {(missing || props.helperText) && (
        <FormHelperText>
          {missing ? 'Please answer this question' : props.helperText}
        </FormHelperText>
      )}
    </FormControl>
  );
}

/**
 * Impact and urgency asked as an employee can answer them: how many people
 * are affected, and whether they can work (the table of itsm-common maps
 * the answers). `attempted`: the form was sent, so a missing answer shows.
 */
export function PlainImpactQuestions(props: {
  value: PlainAnswers;
  onChange: (value: PlainAnswers) => void;
  disabled: boolean;
  attempted: boolean;
  /** Said under the last question, e.g. the priority the answers give. */
  helperText?: string;
}) {
  const { value, onChange, disabled, attempted } = props;
  return (
    <>
      <Question
        id="itsm-report-incident-affected"
        question={reporterQuestions.affected.question}
        answers={affectedAnswers}
        labels={reporterQuestions.affected.answers}
        value={value.affected}
        onChange={affected => onChange({ ...value, affected })}
        disabled={disabled}
        missing={attempted && !value.affected}
      />
      <Question
        id="itsm-report-incident-can-work"
        question={reporterQuestions.canWork.question}
        answers={canWorkAnswers}
        labels={reporterQuestions.canWork.answers}
        value={value.canWork}
        onChange={canWork => onChange({ ...value, canWork })}
        disabled={disabled}
        missing={attempted && !value.canWork}
        helperText={props.helperText}
      />
    </>
  );
}
