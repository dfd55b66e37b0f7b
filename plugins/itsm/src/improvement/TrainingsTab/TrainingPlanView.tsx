import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { itsmApiRef } from '../../api/ItsmApi';
import { EntityName } from '../../components/EntityName';
import { EntityRefField } from '../../components/EntityRefField';
import { processLabel, TrainingSessionsTable } from './TrainingSessionsTable';

/**
 * A group's training plan (§10.2.3): pick a group; its sessions planned
 * and held in the last twelve months, and each member with what they
 * completed.
 */
export function TrainingPlanView(props: { initialGroup?: string }) {
  const api = useApi(itsmApiRef);
  const [group, setGroup] = useState<string | undefined>(props.initialGroup);
  const plan = useAsync(
    async () => (group ? api.getTrainingPlan(group) : undefined),
    [api, group],
  );
  return (
    <>
      <Box maxWidth={480} my={1}>
        <EntityRefField
          id="training-plan-group"
          label="Group"
          kinds={['Group']}
          value={group}
          onChange={setGroup}
        />
      </Box>
      {plan.loading && <Progress />}
      {plan.error && <ResponseErrorPanel error={plan.error} />}
      {plan.value && (
        <>
          <Typography variant="subtitle1">Members</Typography>
          <Table size="small" aria-label="Members and their training">
            <TableHead>
              <TableRow>
                <TableCell>Member</TableCell>
                <TableCell>
                  Completed since {plan.value.since.slice(0, 10)}
                </TableCell>
                <TableCell>Trained on</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {plan.value.members.map(m => (
                <TableRow key={m.userRef}>
                  <TableCell>
                    <EntityName entityRef={m.userRef} />
                  </TableCell>
                  <TableCell>{m.completed.join(', ') || 'None'}</TableCell>
                  <TableCell>
                    {m.processes.map(processLabel).join(', ') || '—'}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Box mt={2}>
            <Typography variant="subtitle1">Sessions</Typography>
            {plan.value.sessions.length === 0 ? (
              <Typography variant="body2" color="textSecondary">
                No session planned or held for the group.
              </Typography>
            ) : (
              <TrainingSessionsTable sessions={plan.value.sessions} />
            )}
          </Box>
        </>
      )}
    </>
  );
}
