import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import {
  Content,
  ContentHeader,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import {
  problemWorkflow,
  WorkflowDefinition,
} from '@backstage-itsm/plugin-itsm-common';
import { useParams } from 'react-router-dom';
import { useRecordWithTimeline } from '../../hooks/useRecordWithTimeline';
import { CommentForm } from '../../components/CommentForm/CommentForm';
import { IncidentTimeline } from '../../components/IncidentTimeline/IncidentTimeline';
import { ProblemActions } from './ProblemActions';
import { ProblemAnalysisCard } from './ProblemAnalysisCard';
import { ProblemChangeCard } from './ProblemChangeCard';
import { ProblemDetailsCard } from './ProblemDetailsCard';
import { ProblemDetectionAlert } from './ProblemDetectionAlert';
import { ProblemIncidentsCard } from './ProblemIncidentsCard';
import { ProblemReportButton } from './ProblemReportButton';
import { ProblemSolutionCard } from './ProblemSolutionCard';
import { ProblemSummary } from './ProblemSummary';

/**
 * One problem (chapter 4): what it is and what it affects, the incidents
 * it caused, its investigation and root cause, its solution with the
 * approval, the change request implementing the fix, and its timeline;
 * the moves legal now as buttons, and its investigation report to
 * download.
 */
export function ProblemPage() {
  const { ref = '' } = useParams();
  const {
    record: problem,
    timeline,
    error,
    loading,
    reload,
    changed,
  } = useRecordWithTimeline('problem', ref);

  if (loading) return <Progress />;
  if (error !== undefined || !problem) {
    return (
      <Content>
        <ResponseErrorPanel error={error as Error} />
      </Content>
    );
  }
  return (
    <Content>
      <ContentHeader title={`${problem.ref}: ${problem.title}`}>
        <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
          <ProblemReportButton problem={problem} />
          <ProblemActions
            problem={problem}
            onChanged={changed}
            onReloadNeeded={reload}
          />
        </Box>
      </ContentHeader>
      <ProblemSummary problem={problem} />
      {problem.detection && (
        <Box mb={2}>
          <ProblemDetectionAlert detection={problem.detection} />
        </Box>
      )}
      <Grid container spacing={3}>
        <Grid item xs={12} md={5}>
          <Box mb={3}>
            <ProblemDetailsCard problem={problem} />
          </Box>
          <Box mb={3}>
            <ProblemIncidentsCard problem={problem} />
          </Box>
          <ProblemChangeCard
            problem={problem}
            onChanged={changed}
            onReloadNeeded={reload}
          />
        </Grid>
        <Grid item xs={12} md={7}>
          <Box mb={3}>
            <InfoCard title="Description">
              <div style={{ whiteSpace: 'pre-wrap' }}>
                {problem.description || '—'}
              </div>
            </InfoCard>
          </Box>
          <Box mb={3}>
            <ProblemAnalysisCard
              problem={problem}
              onChanged={changed}
              onReloadNeeded={reload}
            />
          </Box>
          <ProblemSolutionCard problem={problem} onChanged={changed} />
        </Grid>
        <Grid item xs={12}>
          <InfoCard title="Timeline">
            <CommentForm
              incident={problem}
              recordType="problem"
              onAdded={reload}
            />
            <IncidentTimeline
              events={timeline}
              workflow={problemWorkflow as WorkflowDefinition}
            />
          </InfoCard>
        </Grid>
      </Grid>
    </Content>
  );
}
