import { useCallback, useEffect, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  IncidentContinuity,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { FormDialog } from '../../components/FormDialog';
import { useContinuityLink } from '../../hooks/useContinuityLink';
import { describeError } from '../../lib/describeError';
import { RecoveryChecklist } from '../RecoveryChecklist';

const minutes = (n?: number) => (n === undefined ? 'not set' : `${n} min`);

/**
 * The continuity plans of a major incident (issue 20, item 5): the plans
 * in force covering its services with their procedures and objectives;
 * "Invoke plan" (its workers); each invoked plan's checklist with the
 * recovery clock against the RTO, and the recovery with the data lost.
 */
export function IncidentContinuityCard(props: {
  incidentRef: string;
  /** Whether the caller works the incident: invokes and ticks. */
  works: boolean;
  /** The incident changed (its version moved). */
  onChanged?: () => void;
}) {
  const { incidentRef, works } = props;
  const itsmApi = useApi(itsmApiRef);
  const link = useContinuityLink();
  const [data, setData] = useState<IncidentContinuity>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [recovering, setRecovering] = useState<string>();

  const load = useCallback(async () => {
    try {
      setData(await itsmApi.getIncidentContinuity(incidentRef));
    } catch (e) {
      setError(describeError(e));
    }
  }, [itsmApi, incidentRef]);
  useEffect(() => {
    load();
  }, [load]);

  const run = async (write: () => Promise<IncidentContinuity>) => {
    setBusy(true);
    setError(undefined);
    try {
      setData(await write());
      props.onChanged?.();
    } catch (e) {
      setError(describeError(e));
      await load();
    } finally {
      setBusy(false);
    }
  };

  if (!data) {
    return (
      <InfoCard title="Continuity plans">
        {error ? <Alert severity="error">{error}</Alert> : <Progress />}
      </InfoCard>
    );
  }
  const running = new Set(
    data.invocations.filter(i => !i.recoveredAt).map(i => i.plan),
  );
  return (
    <InfoCard title="Continuity plans">
      {error && (
        <Box mb={2}>
          <Alert severity="error">{error}</Alert>
        </Box>
      )}
      {data.plans.length === 0 && data.invocations.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          No approved or active continuity plan covers this incident&apos;s
          services.
        </Typography>
      )}
      {data.plans.map(plan => (
        <Box key={plan.ref} mb={2}>
          <Typography variant="subtitle2">
            {link ? (
              <Link href={link('continuity-plan', plan.ref)}>{plan.ref}</Link>
            ) : (
              plan.ref
            )}{' '}
            {plan.title} ({stateLabel('continuity-plan', plan.state)})
          </Typography>
          <Typography variant="body2" color="textSecondary">
            RTO {minutes(plan.objectives.rtoMinutes)}, RPO{' '}
            {minutes(plan.objectives.rpoMinutes)}; {plan.procedure.length}{' '}
            procedure steps:{' '}
            {plan.procedure.map(s => s.title).join(' → ') || '—'}
          </Typography>
          {works && !running.has(plan.ref) && (
            <Button
              color="primary"
              variant="outlined"
              size="small"
              disabled={busy}
              onClick={() =>
                run(() =>
                  itsmApi.invokeContinuityPlan(incidentRef, {
                    version: data.version,
                    plan: plan.ref,
                  }),
                )
              }
            >
              Invoke {plan.ref}
            </Button>
          )}
        </Box>
      ))}
      {data.invocations.map(invocation => (
        <Box key={invocation.id} mt={2}>
          <Typography variant="subtitle1">
            {invocation.plan} invoked: {invocation.planTitle}
          </Typography>
          <RecoveryChecklist
            steps={invocation.steps}
            startedAt={invocation.invokedAt}
            objectives={invocation.objectives}
            recoveredAt={invocation.recoveredAt}
            dataLossMinutes={invocation.dataLossMinutes}
            canTick={works && !invocation.recoveredAt}
            busy={busy}
            onTick={(stepId, status) =>
              run(() =>
                itsmApi.tickContinuityStep(incidentRef, invocation.id, stepId, {
                  version: data.version,
                  status,
                }),
              )
            }
          />
          {works && !invocation.recoveredAt && (
            <Button
              color="primary"
              variant="contained"
              size="small"
              disabled={busy}
              onClick={() => setRecovering(invocation.id)}
              style={{ marginTop: 8 }}
            >
              Record recovery
            </Button>
          )}
        </Box>
      ))}
      {recovering && (
        <FormDialog
          title="Record the recovery"
          description="The time taken runs from the invocation to now and is judged against the RTO; the data lost against the RPO."
          submitLabel="Record recovery"
          fields={[
            {
              name: 'dataLossMinutes',
              label: 'Data lost (minutes)',
              kind: 'text',
              helperText: 'Leave empty if not known yet',
            },
          ]}
          onClose={() => setRecovering(undefined)}
          onSubmit={async values => {
            const loss = values.dataLossMinutes;
            if (loss !== undefined && !/^\d+$/.test(loss)) {
              throw new Error('Data lost must be whole minutes, 0 or more');
            }
            setData(
              await itsmApi.recordContinuityRecovery(incidentRef, recovering, {
                version: data.version,
                ...(loss !== undefined
                  ? { dataLossMinutes: Number(loss) }
                  : {}),
              }),
            );
            props.onChanged?.();
            setRecovering(undefined);
          }}
        />
      )}
    </InfoCard>
  );
}
