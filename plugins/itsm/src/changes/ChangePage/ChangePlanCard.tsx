import { useState } from 'react';
import Checkbox from '@material-ui/core/Checkbox';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Change, ChangePlanStep } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { useIdentity } from '../../hooks/useIdentity';
import { describeError } from '../../lib/describeError';
import { RelativeTime } from '../../components/RelativeTime';

/**
 * The implementation plan (§5.3.1) step by step, ticked off while the
 * change is implemented (§5.3.2) by those who work it, its requester or
 * the step's owner; the backout and test plans.
 */
export function ChangePlanCard(props: {
  change: Change;
  onChanged: (change: Change) => void;
}) {
  const { change, onChanged } = props;
  const itsmApi = useApi(itsmApiRef);
  const identity = useIdentity();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const implementing = change.state === 'implementing';
  const mayTick = (step: ChangePlanStep) =>
    implementing &&
    (change.allowed?.update ||
      change.allowed?.respond ||
      (step.owner !== undefined &&
        identity?.claims.includes(step.owner.toLocaleLowerCase('en-US'))));

  const tick = async (index: number, done: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      onChanged(
        await itsmApi.updateChangeStep(change.id, {
          index,
          done,
          version: change.version,
        }),
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <InfoCard title="Plans">
      <Typography variant="subtitle2">Implementation</Typography>
      {error !== undefined && (
        <Alert severity="error">{describeError(error)}</Alert>
      )}
      <List dense aria-label="Implementation plan">
        {(change.plan ?? []).map((step, i) => (
          <ListItem key={i}>
            <ListItemIcon>
              <Checkbox
                edge="start"
                checked={Boolean(step.done)}
                disabled={busy || !mayTick(step)}
                onChange={e => tick(i, e.target.checked)}
                inputProps={{ 'aria-label': `Step ${i + 1} done` }}
              />
            </ListItemIcon>
            <ListItemText
              primary={`${i + 1}. ${step.title}`}
              secondary={
                <>
                  {step.owner && (
                    <EntityRefLink entityRef={step.owner} defaultKind="user" />
                  )}
                  {step.done && step.doneAt && (
                    <>
                      {' '}
                      done <RelativeTime value={step.doneAt} />
                    </>
                  )}
                </>
              }
            />
          </ListItem>
        ))}
      </List>
      <Typography variant="subtitle2">Backout</Typography>
      <Typography variant="body2" paragraph style={{ whiteSpace: 'pre-wrap' }}>
        {change.backoutPlan || '—'}
      </Typography>
      <Typography variant="subtitle2">Test</Typography>
      <Typography variant="body2" style={{ whiteSpace: 'pre-wrap' }}>
        {change.testPlan || '—'}
      </Typography>
    </InfoCard>
  );
}
