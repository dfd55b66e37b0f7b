import { Link } from '@backstage/core-components';
import { EntityName } from '../../components/EntityName';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  Problem,
  problemCategoryLabels,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { useProblemLink } from '../../hooks/useProblemLink';
import { PriorityChip } from '../../components/PriorityChip';
import { RelativeTime } from '../../components/RelativeTime';

/**
 * Problems as table rows: ref, priority, title (marked when a known error,
 * or when proactive detection suggested it and nobody has looked yet),
 * state, category, entities, the group investigating (and who, once
 * assigned) and when it last changed.
 */
export function ProblemsTable(props: {
  problems: readonly Problem[];
  'aria-label'?: string;
}) {
  const problemLink = useProblemLink();
  return (
    <TableContainer>
      <Table size="small" aria-label={props['aria-label'] ?? 'Problems'}>
        <TableHead>
          <TableRow>
            <TableCell>Ref</TableCell>
            <TableCell>Priority</TableCell>
            <TableCell>Title</TableCell>
            <TableCell>State</TableCell>
            <TableCell>Category</TableCell>
            <TableCell>Entities</TableCell>
            <TableCell>Group</TableCell>
            <TableCell>Updated</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.problems.map(problem => (
            <TableRow key={problem.id} hover data-testid={problem.ref}>
              <TableCell style={{ whiteSpace: 'nowrap' }}>
                {problemLink ? (
                  <Link to={problemLink(problem.ref)}>{problem.ref}</Link>
                ) : (
                  problem.ref
                )}
              </TableCell>
              <TableCell>
                <PriorityChip priority={problem.priority} />
              </TableCell>
              <TableCell>
                {problemLink ? (
                  <Link to={problemLink(problem.ref)}>{problem.title}</Link>
                ) : (
                  problem.title
                )}
                {problem.knownError && (
                  <Chip
                    size="small"
                    color="secondary"
                    label="Known error"
                    style={{ marginLeft: 8 }}
                  />
                )}
                {problem.source === 'proactive' && problem.state === 'new' && (
                  <Chip
                    size="small"
                    variant="outlined"
                    label="Suggested"
                    style={{ marginLeft: 8 }}
                  />
                )}
              </TableCell>
              <TableCell style={{ whiteSpace: 'nowrap' }}>
                {stateLabel('problem', problem.state)}
              </TableCell>
              <TableCell>{problemCategoryLabels[problem.category]}</TableCell>
              <TableCell>
                {problem.entityRefs.map(ref => (
                  <div key={ref}>
                    <EntityName entityRef={ref} />
                  </div>
                ))}
              </TableCell>
              <TableCell>
                {problem.assignmentGroup && (
                  <div>
                    <EntityName entityRef={problem.assignmentGroup} />
                  </div>
                )}
                {problem.assignee && (
                  <Typography variant="body2" color="textSecondary">
                    <EntityName entityRef={problem.assignee} />
                  </Typography>
                )}
              </TableCell>
              <TableCell style={{ whiteSpace: 'nowrap' }}>
                <RelativeTime value={problem.updatedAt} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
