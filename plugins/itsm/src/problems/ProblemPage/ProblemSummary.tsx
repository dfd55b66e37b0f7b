import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { Problem, stateLabel } from '@backstage-itsm/plugin-itsm-common';
import { PriorityChip } from '../../components/PriorityChip';

/**
 * A problem at a glance: its state, its priority and, when it has a root
 * cause and a workaround, that it is a known error.
 */
export function ProblemSummary(props: { problem: Problem }) {
  const { problem } = props;
  return (
    <Box display="flex" flexWrap="wrap" alignItems="center" mb={2}>
      <Box mr={1}>
        <Chip
          size="small"
          variant="outlined"
          label={stateLabel('problem', problem.state)}
        />
      </Box>
      <Box mr={1}>
        <PriorityChip priority={problem.priority} />
      </Box>
      {problem.knownError && (
        <Tooltip title="It has a root cause and a workaround: agents on its entities' incidents are shown the workaround">
          <Chip size="small" color="secondary" label="Known error" />
        </Tooltip>
      )}
    </Box>
  );
}
