import Box from '@material-ui/core/Box';
import { EntityName } from '../../components/EntityName';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { InfoCard, StructuredMetadataTable } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Problem } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { ApprovalCard } from '../../components/ApprovalCard';
import { RelativeTime } from '../../components/RelativeTime';

/**
 * The solution of a problem (§4.3.1, §4.3.2): the plan proposed (what will
 * be done, the effort, the expected effect, its revision and who proposed
 * it), why the approvers sent the last one back, and its approval, with
 * the buttons of an approver who has not decided yet.
 */
export function ProblemSolutionCard(props: {
  problem: Problem;
  onChanged: (problem: Problem) => void;
}) {
  const { problem, onChanged } = props;
  const itsmApi = useApi(itsmApiRef);
  const plan = problem.solutionPlan;
  const sentBack = problem.state === 'investigating' && problem.returnedReason;

  return (
    <>
      <InfoCard title="Solution">
        {sentBack && (
          <Box mb={2}>
            <Alert severity="warning">
              Sent back by the approvers: {problem.returnedReason}
              <br />
              Revise the plan and propose it again.
            </Alert>
          </Box>
        )}
        {plan ? (
          <StructuredMetadataTable
            metadata={{
              plan: (
                <Typography variant="body2" style={{ whiteSpace: 'pre-wrap' }}>
                  {plan.description}
                </Typography>
              ),
              'estimated effort':
                plan.estimatedHours !== undefined
                  ? `${plan.estimatedHours} hours`
                  : '—',
              'expected effect': (
                <Typography variant="body2" style={{ whiteSpace: 'pre-wrap' }}>
                  {plan.expectedEffect}
                </Typography>
              ),
              revision: plan.revision,
              'proposed by': (
                <>
                  <EntityName entityRef={plan.proposedBy} defaultKind="user" />{' '}
                  <RelativeTime value={plan.proposedAt} />
                </>
              ),
            }}
          />
        ) : (
          <Typography color="textSecondary">
            No solution proposed yet. Once the root cause is known, propose one
            with "Propose solution".
          </Typography>
        )}
      </InfoCard>
      {problem.approval && (
        <Box mt={3}>
          <ApprovalCard
            recordType="problem"
            record={problem}
            decide={(id, body) => itsmApi.decideProblem(id, body)}
            onChanged={onChanged}
          />
        </Box>
      )}
    </>
  );
}
