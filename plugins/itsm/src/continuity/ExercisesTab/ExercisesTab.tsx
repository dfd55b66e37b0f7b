import { useCallback, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  Exercise,
  fieldValueLabel,
  itsmContinuityManagePermission,
} from '@backstage-itsm/plugin-itsm-common';
import { useNavigate } from 'react-router-dom';
import { itsmApiRef } from '../../api/ItsmApi';
import { DateTime } from '../../components/DateTime';
import { useContinuityLink } from '../../hooks/useContinuityLink';
import { useLiveRecordList } from '../../hooks/useLiveRecordList';
import { ContinuityRecordsTable } from '../ContinuityRecordsTable';
import { describeMeasurement } from '../RecoveryChecklist';
import { NewExerciseDialog } from './NewExerciseDialog';

/** The measured recovery against the RTO, once a drill is done. */
function measured(e: Exercise) {
  if (!e.measurement) return '—';
  return describeMeasurement(e.measurement);
}

/**
 * The exercises (§9.3): kind, plan, planned start, result and the recovery
 * measured against the RTO; continuity managers plan new ones.
 */
export function ExercisesTab() {
  const itsmApi = useApi(itsmApiRef);
  const navigate = useNavigate();
  const link = useContinuityLink();
  const { allowed: manages } = usePermission({
    permission: itsmContinuityManagePermission,
  });
  const [creating, setCreating] = useState(false);
  const { items, error } = useLiveRecordList(
    useCallback(
      () => itsmApi.listContinuityRecords('exercise', { limit: 100 }),
      [itsmApi],
    ),
    'exercise',
  );
  if (error !== undefined) return <ResponseErrorPanel error={error as Error} />;
  if (!items) return <Progress />;
  return (
    <>
      {manages && (
        <Box mb={2}>
          <Button
            variant="contained"
            color="primary"
            onClick={() => setCreating(true)}
          >
            New exercise
          </Button>
        </Box>
      )}
      {items.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No exercises yet.
        </Typography>
      ) : (
        <ContinuityRecordsTable
          type="exercise"
          records={items}
          columns={[
            {
              title: 'Kind',
              value: e => fieldValueLabel('exercise', 'kind', e.kind),
            },
            { title: 'Plan', value: e => e.plan ?? 'Ad hoc' },
            {
              title: 'Planned',
              value: e => (
                <DateTime value={e.plannedStart ?? e.window?.start} />
              ),
            },
            {
              title: 'Result',
              value: e =>
                e.result
                  ? fieldValueLabel('exercise', 'result', e.result)
                  : '—',
            },
            { title: 'Measured', value: measured },
          ]}
        />
      )}
      {creating && (
        <NewExerciseDialog
          onClose={() => setCreating(false)}
          onCreated={exercise => {
            setCreating(false);
            if (link) navigate(link('exercise', exercise.ref));
          }}
        />
      )}
    </>
  );
}
