import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import {
  EmptyState,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  monthOf,
  Survey,
  SurveyResults,
} from '@backstage-itsm/plugin-itsm-common';
import useAsync from 'react-use/esm/useAsync';
import { itsmApiRef } from '../../api/ItsmApi';
import { useItsmBasePath } from '../../hooks/useItsmBasePath';
import { DateTime } from '../../components/DateTime';
import { EntityName } from '../../components/EntityName';
import { SelectField } from '../../components/SelectField';
import { SurveyImprovementButton } from './SurveyImprovementButton';

const scaleLabels = {
  rating: 'Rating 1-5',
  'yes-no': 'Yes or no',
  text: 'Text',
};

function meanOf(question: SurveyResults['questions'][number]): string {
  if (question.mean === null || question.mean === undefined) return '—';
  return question.scale === 'yes-no'
    ? `${question.mean}% yes`
    : `${question.mean} of 5`;
}

function Figure(props: { label: string; value: string }) {
  return (
    <Grid item xs={6} sm={3}>
      <Typography variant="overline" color="textSecondary">
        {props.label}
      </Typography>
      <Typography variant="h5">{props.value}</Typography>
    </Grid>
  );
}

/** One survey's results for a month: figures, questions, comments. */
function Results(props: { survey: Survey; period: string }) {
  const api = useApi(itsmApiRef);
  const base = useItsmBasePath() ?? '/itsm';
  const { value, loading, error } = useAsync(
    () => api.getSurveyResults(props.survey.id, { period: props.period }),
    [api, props.survey.id, props.period],
  );
  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value) return null;
  return (
    <>
      <Grid container spacing={2}>
        <Figure label="Sent" value={String(value.sent)} />
        <Figure label="Answered" value={String(value.answered)} />
        <Figure
          label="Response rate"
          value={value.responseRate === null ? '—' : `${value.responseRate}%`}
        />
        <Figure
          label="Mean overall rating"
          value={value.overallMean === null ? '—' : `${value.overallMean} of 5`}
        />
      </Grid>
      <Box mt={2}>
        <Table size="small" aria-label="Questions">
          <TableHead>
            <TableRow>
              <TableCell>Question</TableCell>
              <TableCell>Scale</TableCell>
              <TableCell align="right">Answers</TableCell>
              <TableCell align="right">Mean</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {value.questions.map(q => (
              <TableRow key={q.id} data-testid={`question-${q.id}`}>
                <TableCell>{q.text}</TableCell>
                <TableCell>{scaleLabels[q.scale]}</TableCell>
                <TableCell align="right">{q.count}</TableCell>
                <TableCell align="right">{meanOf(q)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      <Box mt={3}>
        <Typography variant="h6">Comments</Typography>
        {value.comments.length === 0 ? (
          <Typography color="textSecondary">No comments this month.</Typography>
        ) : (
          <Table size="small" aria-label="Comments">
            <TableHead>
              <TableRow>
                <TableCell>Comment</TableCell>
                <TableCell>Rating</TableCell>
                <TableCell>About</TableCell>
                <TableCell>Answered</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {value.comments.map(c => (
                <TableRow
                  key={`${c.invitationId}-${c.questionId}`}
                  data-testid={`comment-${c.invitationId}`}
                >
                  <TableCell style={{ whiteSpace: 'pre-wrap' }}>
                    {c.text}
                  </TableCell>
                  <TableCell>{c.overallRating ?? '—'}</TableCell>
                  <TableCell>
                    {c.recordRef && (
                      <Link to={`${base}/incidents/${c.recordRef}`}>
                        {c.recordRef}
                      </Link>
                    )}
                    {c.serviceRef && <EntityName entityRef={c.serviceRef} />}
                  </TableCell>
                  <TableCell>
                    <DateTime value={c.answeredAt} />
                  </TableCell>
                  <TableCell>
                    <SurveyImprovementButton comment={c} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Box>
    </>
  );
}

/**
 * The satisfaction surveys (§2.3.5) for improvement managers: a survey's
 * results for a month, and its comments, each of which may be raised as an
 * improvement item.
 */
export function SurveysTab() {
  const api = useApi(itsmApiRef);
  const { value, loading, error } = useAsync(() => api.listSurveys(), [api]);
  const [chosen, setChosen] = useState<string>();
  const [period, setPeriod] = useState(monthOf(new Date()));
  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value?.length) {
    return (
      <EmptyState
        missing="data"
        title="No surveys configured"
        description="Satisfaction surveys are set in itsm.improvement.surveys."
      />
    );
  }
  const survey = value.find(s => s.id === chosen) ?? value[0];
  const ids = value.map(s => s.id);
  return (
    <>
      <Grid container spacing={2}>
        <Grid item xs={12} sm={8}>
          <SelectField
            id="itsm-survey-choice"
            label="Survey"
            value={survey.id}
            options={ids}
            labels={Object.fromEntries(value.map(s => [s.id, s.title]))}
            onChange={setChosen}
          />
        </Grid>
        <Grid item xs={12} sm={4}>
          <TextField
            id="itsm-survey-period"
            label="Month"
            type="month"
            value={period}
            onChange={e => e.target.value && setPeriod(e.target.value)}
            fullWidth
            margin="normal"
            variant="outlined"
            InputLabelProps={{ shrink: true }}
          />
        </Grid>
      </Grid>
      <Results survey={survey} period={period} />
    </>
  );
}
