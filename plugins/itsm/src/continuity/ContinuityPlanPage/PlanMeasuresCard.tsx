import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Checkbox from '@material-ui/core/Checkbox';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  ContinuityPlan,
  continuityMeasureProgress,
  continuityPhaseLabels,
  ContinuityPhase,
  isMeasureOverdue,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { DateTime } from '../../components/DateTime';
import { EntityName } from '../../components/EntityName';

/**
 * A plan's measures by phase (§9.2.2(3)): each with its owner and due
 * date, a tick box for those who may tick it, who ticked it and when, and
 * a mark on those overdue.
 */
export function PlanMeasuresCard(props: {
  plan: ContinuityPlan;
  onChanged: (plan: ContinuityPlan) => void;
}) {
  const { plan } = props;
  const itsmApi = useApi(itsmApiRef);
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const now = new Date();
  const measures = plan.measures ?? [];
  const progress = continuityMeasureProgress(measures, now);
  const tick = async (id: string, done: boolean) => {
    setBusy(id);
    setError(undefined);
    try {
      props.onChanged(
        await itsmApi.tickContinuityPlanMeasure(plan.ref, id, {
          version: plan.version,
          done,
        }),
      );
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <InfoCard
      title="Measures"
      subheader={`${progress.done} of ${progress.total} done${
        progress.overdue ? `, ${progress.overdue} overdue` : ''
      }`}
    >
      {error && <Alert severity="error">{error}</Alert>}
      {measures.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          No measures yet.
        </Typography>
      )}
      {(Object.keys(continuityPhaseLabels) as ContinuityPhase[]).map(phase => {
        const ofPhase = measures.filter(m => m.phase === phase);
        if (ofPhase.length === 0) return null;
        return (
          <Box key={phase} mb={2}>
            <Typography variant="subtitle2">
              {continuityPhaseLabels[phase]}
            </Typography>
            {ofPhase.map(m => (
              <Box
                key={m.id}
                display="flex"
                alignItems="center"
                data-testid={`measure-${m.id}`}
              >
                <Checkbox
                  checked={!!m.doneAt}
                  disabled={
                    busy !== undefined ||
                    plan.state === 'retired' ||
                    !plan.allowed?.update
                  }
                  onChange={(_, checked) => tick(m.id, checked)}
                  inputProps={{ 'aria-label': `Done: ${m.title}` }}
                />
                <Box flexGrow={1}>
                  <Typography variant="body2">{m.title}</Typography>
                  <Typography variant="caption" color="textSecondary">
                    <EntityName entityRef={m.owner} /> · due{' '}
                    <DateTime value={`${m.dueDate}T12:00:00Z`} variant="date" />
                    {m.doneAt && m.doneBy && (
                      <>
                        {' '}
                        · done by <EntityName entityRef={m.doneBy} />{' '}
                        <DateTime value={m.doneAt} />
                      </>
                    )}
                  </Typography>
                </Box>
                {isMeasureOverdue(m, now) && (
                  <Chip size="small" color="secondary" label="Overdue" />
                )}
              </Box>
            ))}
          </Box>
        );
      })}
    </InfoCard>
  );
}
