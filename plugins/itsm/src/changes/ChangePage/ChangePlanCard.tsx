import { EntityName } from '../../components/EntityName';
import Checkbox from '@material-ui/core/Checkbox';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Change, ChangePlanStep } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { useIdentity } from '../../hooks/useIdentity';
import { useOptimisticTicks } from '../../hooks/useOptimisticTicks';
import { RelativeTime } from '../../components/RelativeTime';

/**
 * The implementation plan (§5.3.1) step by step, ticked off while the
 * change is implemented (§5.3.2) by those who work it, its requester or
 * the step's owner; the backout and test plans. A box ticks at once and
 * comes off again if the server refuses it, saying why.
 */
export function ChangePlanCard(props: {
  change: Change;
  onChanged: (change: Change) => void;
  /** Reads the change again after someone else changed it. */
  onReloadNeeded?: () => void;
}) {
  const { change, onChanged, onReloadNeeded } = props;
  const itsmApi = useApi(itsmApiRef);
  const identity = useIdentity();
  const implementing = change.state === 'implementing';
  const mayTick = (step: ChangePlanStep) =>
    implementing &&
    (change.allowed?.update ||
      change.allowed?.respond ||
      (step.owner !== undefined &&
        identity?.claims.includes(step.owner.toLocaleLowerCase('en-US'))));
  const ticks = useOptimisticTicks<number, Change>({
    record: change,
    recordRef: change.ref,
    send: (index, done, version) =>
      itsmApi.updateChangeStep(change.id, { index, done, version }),
    onChanged,
    onReloadNeeded,
  });

  return (
    <InfoCard title="Plans">
      <Typography variant="subtitle2">Implementation</Typography>
      {ticks.problem && (
        <Alert severity={ticks.problem.severity} onClose={ticks.dismissProblem}>
          {ticks.problem.message}
        </Alert>
      )}
      <List dense aria-label="Implementation plan">
        {(change.plan ?? []).map((step, i) => (
          <ListItem key={i}>
            <ListItemIcon>
              <Checkbox
                edge="start"
                checked={ticks.checked(i, Boolean(step.done))}
                disabled={!mayTick(step)}
                onChange={e => ticks.tick(i, e.target.checked)}
                inputProps={{ 'aria-label': `Step ${i + 1} done` }}
              />
            </ListItemIcon>
            <ListItemText
              primary={`${i + 1}. ${step.title}`}
              secondary={
                <>
                  {step.owner && (
                    <EntityName entityRef={step.owner} defaultKind="user" />
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
