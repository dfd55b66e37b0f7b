import Box from '@material-ui/core/Box';
import {
  DescriptionCard,
  RecordPage,
  useRecordPage,
} from '../../components/RecordPage';
import { ProblemActions } from './ProblemActions';
import { ProblemAnalysisCard } from './ProblemAnalysisCard';
import { ProblemChangeCard } from './ProblemChangeCard';
import { ProblemDetailsCard } from './ProblemDetailsCard';
import { ProblemDetectionAlert } from './ProblemDetectionAlert';
import { ProblemIncidentsCard } from './ProblemIncidentsCard';
import { ProblemReportButton } from './ProblemReportButton';
import { RaiseImprovementButton } from '../../improvement';
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
  const page = useRecordPage('problem');
  const { changed, reload } = page;

  return (
    <RecordPage
      page={page}
      actions={problem => (
        <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
          <ProblemReportButton problem={problem} />
          {problem.allowed?.update && (
            <RaiseImprovementButton
              source="problem"
              sourceRef={problem.ref}
              title={`Improvement from ${problem.ref}: ${problem.title}`}
              description={[
                (problem.rootCause?.cause || problem.rootCause?.text) &&
                  `Root cause: ${
                    problem.rootCause.cause ?? problem.rootCause.text
                  }`,
                problem.workaround && `Workaround: ${problem.workaround}`,
              ]
                .filter(Boolean)
                .join('\n\n')}
              entityRefs={problem.entityRefs}
              owner={problem.assignmentGroup}
            />
          )}
          <ProblemActions
            problem={problem}
            onChanged={changed}
            onReloadNeeded={reload}
          />
        </Box>
      )}
      notices={problem => (
        <>
          <ProblemSummary problem={problem} />
          {problem.detection && (
            <Box mb={2}>
              <ProblemDetectionAlert detection={problem.detection} />
            </Box>
          )}
        </>
      )}
      columns={problem => [
        {
          md: 5,
          cards: (
            <>
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
            </>
          ),
        },
        {
          md: 7,
          cards: (
            <>
              <DescriptionCard description={problem.description} />
              <Box mb={3}>
                <ProblemAnalysisCard
                  problem={problem}
                  onChanged={changed}
                  onReloadNeeded={reload}
                />
              </Box>
              <ProblemSolutionCard problem={problem} onChanged={changed} />
            </>
          ),
        },
      ]}
      timeline="own-row"
    />
  );
}
