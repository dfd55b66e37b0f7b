import { useState } from 'react';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  Exercise,
  exerciseResultLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { FormDialog } from '../../components/FormDialog';
import { describeError } from '../../lib/describeError';
import { describeMeasurement, RecoveryChecklist } from '../RecoveryChecklist';

/**
 * A drill as it runs (§9.3): the plan's steps as a timed checklist with
 * the recovery clock against the RTO, and its completion with the result
 * and the data lost; once completed, what was measured.
 */
export function ExerciseRunCard(props: {
  exercise: Exercise;
  onChanged: (exercise: Exercise) => void;
}) {
  const { exercise } = props;
  const itsmApi = useApi(itsmApiRef);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [completing, setCompleting] = useState(false);
  const works = Boolean(exercise.allowed?.update);
  const tick = async (stepId: string, status: 'started' | 'done') => {
    setBusy(true);
    setError(undefined);
    try {
      props.onChanged(
        await itsmApi.tickExerciseStep(exercise.ref, stepId, {
          version: exercise.version,
          status,
        }),
      );
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <InfoCard title="Drill">
      {error && <Alert severity="error">{error}</Alert>}
      {exercise.state === 'planned' && (
        <Typography variant="body2">
          The checklist is the plan&apos;s procedure, copied when the drill
          starts; the clock runs from then.
        </Typography>
      )}
      {exercise.startedAt && (
        <RecoveryChecklist
          steps={exercise.checklist ?? []}
          startedAt={exercise.startedAt}
          objectives={exercise.objectives}
          dataLossMinutes={exercise.dataLossMinutes}
          canTick={works && exercise.state === 'running'}
          busy={busy}
          onTick={tick}
        />
      )}
      {exercise.measurement && exercise.state === 'completed' && (
        <Typography variant="body2">
          Measured: {describeMeasurement(exercise.measurement)}.
        </Typography>
      )}
      {works && exercise.state === 'running' && (
        <Button
          variant="contained"
          color="primary"
          onClick={() => setCompleting(true)}
          style={{ marginTop: 16 }}
        >
          Complete the drill
        </Button>
      )}
      {completing && (
        <FormDialog
          title={`Complete ${exercise.ref}`}
          description="The recovery time is measured from the steps' timestamps; say how the drill went and how much data it lost."
          submitLabel="Complete"
          fields={[
            {
              name: 'result',
              label: 'Result',
              kind: 'select',
              choices: exerciseResultLabels,
              required: true,
            },
            {
              name: 'dataLossMinutes',
              label: 'Data lost (minutes)',
              kind: 'text',
              helperText: 'Against the RPO; leave empty if not measured',
            },
          ]}
          onClose={() => setCompleting(false)}
          onSubmit={async values => {
            const loss = values.dataLossMinutes;
            if (loss !== undefined && !/^\d+$/.test(loss)) {
              throw new Error('Data lost must be whole minutes, 0 or more');
            }
            props.onChanged(
              await itsmApi.transitionContinuityRecord(
                'exercise',
                exercise.ref,
                {
                  action: 'complete',
                  version: exercise.version,
                  result: values.result as keyof typeof exerciseResultLabels,
                  ...(loss !== undefined
                    ? { dataLossMinutes: Number(loss) }
                    : {}),
                },
              ),
            );
            setCompleting(false);
          }}
        />
      )}
    </InfoCard>
  );
}
