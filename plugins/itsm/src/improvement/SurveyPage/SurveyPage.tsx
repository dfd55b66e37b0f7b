import { FormEvent, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import {
  Content,
  ContentHeader,
  EmptyState,
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  SurveyInvitation,
  SurveyQuestion,
} from '@backstage-itsm/plugin-itsm-common';
import { useParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { itsmApiRef } from '../../api/ItsmApi';
import { useItsmBasePath } from '../../hooks/useItsmBasePath';
import { EntityName } from '../../components/EntityName';
import { describeError } from '../../lib/describeError';

type Value = number | boolean | string;

const ratings = [1, 2, 3, 4, 5];
const ratingWords: Record<number, string> = {
  1: 'very poor',
  5: 'excellent',
};

/** One question, answered with five radios, yes/no, or a text box. */
function QuestionField(props: {
  question: SurveyQuestion;
  value: Value | undefined;
  onChange: (value: Value) => void;
  disabled: boolean;
  missing: boolean;
}) {
  const { question, value, onChange, disabled, missing } = props;
  const labelId = `itsm-survey-${question.id}`;
  if (question.scale === 'text') {
    return (
      <TextField
        id={labelId}
        label={question.text}
        value={(value as string | undefined) ?? ''}
        onChange={e => onChange(e.target.value)}
        fullWidth
        multiline
        minRows={3}
        margin="normal"
        variant="outlined"
        required={question.required}
        error={missing}
        disabled={disabled}
        inputProps={{ maxLength: 4000 }}
      />
    );
  }
  const options =
    question.scale === 'rating'
      ? ratings.map(r => ({
          value: String(r),
          label: ratingWords[r] ? `${r} (${ratingWords[r]})` : String(r),
        }))
      : [
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ];
  let current = '';
  if (typeof value === 'number') current = String(value);
  else if (typeof value === 'boolean') current = value ? 'yes' : 'no';
  return (
    <Box mt={2}>
      <FormControl
        component="fieldset"
        required={question.required}
        error={missing}
        disabled={disabled}
      >
        <FormLabel component="legend" id={labelId}>
          {question.text}
        </FormLabel>
        <RadioGroup
          row
          aria-labelledby={labelId}
          value={current}
          onChange={e =>
            onChange(
              question.scale === 'rating'
                ? Number(e.target.value)
                : e.target.value === 'yes',
            )
          }
        >
          {options.map(o => (
            <FormControlLabel
              key={o.value}
              value={o.value}
              control={<Radio color="primary" />}
              label={o.label}
            />
          ))}
        </RadioGroup>
      </FormControl>
    </Box>
  );
}

/** The questions of one invitation on one screen, then a thank-you. */
function SurveyForm(props: { invitation: SurveyInvitation }) {
  const api = useApi(itsmApiRef);
  const base = useItsmBasePath() ?? '/itsm';
  const { invitation } = props;
  const [values, setValues] = useState<Record<string, Value>>({});
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(Boolean(invitation.answeredAt));

  const isMissing = (q: SurveyQuestion) =>
    q.required &&
    (values[q.id] === undefined ||
      (typeof values[q.id] === 'string' &&
        (values[q.id] as string).trim() === ''));
  const missing = invitation.questions.some(isMissing);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (missing || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const answers = Object.fromEntries(
        Object.entries(values).filter(
          ([, v]) => !(typeof v === 'string' && v.trim() === ''),
        ),
      );
      await api.answerSurveyInvitation(invitation.id, answers);
      setDone(true);
    } catch (e) {
      if (ResponseError.is(e) && e.response.status === 409) {
        setDone(true);
      } else {
        setError(describeError(e));
      }
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <Box py={2} role="status">
        <Typography variant="h5" gutterBottom>
          Thank you for your answer
        </Typography>
        <Typography>
          It goes to the team that handled your request and into how we improve
          the service.
        </Typography>
        <Box mt={2}>
          <Link to={base}>Back to the service portal</Link>
        </Box>
      </Box>
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label={invitation.title}>
      {invitation.questions.map(q => (
        <QuestionField
          key={q.id}
          question={q}
          value={values[q.id]}
          onChange={v => setValues(current => ({ ...current, [q.id]: v }))}
          disabled={busy}
          missing={attempted && isMissing(q)}
        />
      ))}
      {attempted && missing && (
        <Box mt={2}>
          <Alert severity="warning">
            Please answer the required questions.
          </Alert>
        </Box>
      )}
      {error && (
        <Box mt={2}>
          <Alert severity="error">{error}</Alert>
        </Box>
      )}
      <Box mt={3}>
        <Button
          type="submit"
          variant="contained"
          color="primary"
          disabled={busy}
        >
          Send answer
        </Button>
      </Box>
    </form>
  );
}

/**
 * A satisfaction survey (§2.3.5) as its recipient answers it, from the
 * notification's link (`/itsm/surveys/:id`): what it is about and its
 * questions on one screen.
 */
export function SurveyPage() {
  const { id = '' } = useParams();
  const api = useApi(itsmApiRef);
  const base = useItsmBasePath() ?? '/itsm';
  const { value, loading, error } = useAsync(
    () => api.getSurveyInvitation(id),
    [api, id],
  );
  let body;
  if (loading) body = <Progress />;
  else if (error && ResponseError.is(error) && error.response.status === 404) {
    body = (
      <EmptyState
        missing="content"
        title="No such survey"
        description="This survey does not exist, or it was sent to someone else."
      />
    );
  } else if (error) body = <ResponseErrorPanel error={error} />;
  else if (value) {
    body = (
      <InfoCard title={value.title}>
        <Typography color="textSecondary">
          {value.recordRef ? (
            <>
              About your request{' '}
              <Link to={`${base}/incidents/${value.recordRef}`}>
                {value.recordRef}
              </Link>
              , now closed.
            </>
          ) : null}
          {value.serviceRef ? (
            <>
              About <EntityName entityRef={value.serviceRef} />.
            </>
          ) : null}{' '}
          It takes a minute.
        </Typography>
        <SurveyForm invitation={value} />
      </InfoCard>
    );
  }
  return (
    <Content>
      <ContentHeader title="Satisfaction survey" />
      {body}
    </Content>
  );
}
