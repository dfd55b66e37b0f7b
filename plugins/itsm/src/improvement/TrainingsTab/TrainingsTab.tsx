import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  itsmImprovementManagePermission,
  trainingProcessLabels,
} from '@backstage-itsm/plugin-itsm-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { itsmApiRef } from '../../api/ItsmApi';
import { FormDialog } from '../../components/FormDialog';
import { trainingRequestOf } from './trainingForm';
import { TrainingPlanView } from './TrainingPlanView';
import { TrainingSessionsTable } from './TrainingSessionsTable';

/**
 * Training and skills (§10.2.3): the sessions, newest first; improvement
 * managers plan one ("Plan a session"); and a group's training plan.
 */
export function TrainingsTab() {
  const api = useApi(itsmApiRef);
  const { allowed: canPlan } = usePermission({
    permission: itsmImprovementManagePermission,
  });
  const [planning, setPlanning] = useState(false);
  const sessions = useAsyncRetry(
    () => api.listImprovementRecords('training', { limit: 100 }),
    [api],
  );
  return (
    <>
      <Box display="flex" justifyContent="flex-end" mb={1}>
        {canPlan && (
          <Button
            color="primary"
            variant="contained"
            onClick={() => setPlanning(true)}
          >
            Plan a session
          </Button>
        )}
      </Box>
      {sessions.loading && <Progress />}
      {sessions.error && <ResponseErrorPanel error={sessions.error} />}
      {sessions.value && sessions.value.items.length === 0 && (
        <EmptyState missing="data" title="No training sessions yet" />
      )}
      {sessions.value && sessions.value.items.length > 0 && (
        <TrainingSessionsTable sessions={sessions.value.items} />
      )}
      <Box mt={4}>
        <Typography variant="h6">A group's training plan</Typography>
        <TrainingPlanView />
      </Box>
      {planning && (
        <FormDialog
          title="Plan a training session"
          description="Attendees are catalog users and groups, one per line; material one per line as Title | https://address."
          submitLabel="Plan"
          fields={[
            { name: 'title', label: 'Topic', kind: 'text', required: true },
            { name: 'description', label: 'Description', kind: 'multiline' },
            {
              name: 'process',
              label: 'Process',
              kind: 'select',
              choices: trainingProcessLabels,
              required: true,
            },
            {
              name: 'scheduledAt',
              label: 'When',
              kind: 'text',
              helperText: 'e.g. 2027-01-15T09:00',
            },
            {
              name: 'attendees',
              label: 'Attendees',
              kind: 'multiline',
              required: true,
              helperText: 'e.g. group:default/payments-team',
            },
            {
              name: 'materials',
              label: 'Runbooks and material',
              kind: 'multiline',
            },
          ]}
          onClose={() => setPlanning(false)}
          onSubmit={async values => {
            await api.createImprovementRecord(
              'training',
              trainingRequestOf(values),
            );
            setPlanning(false);
            sessions.retry();
          }}
        />
      )}
    </>
  );
}
