import Checkbox from '@material-ui/core/Checkbox';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Change } from '@backstage-itsm/plugin-itsm-common';

/** The implementation plan (§5.3.1) step by step, the backout and test plans. */
export function ChangePlanCard(props: { change: Change }) {
  const { change } = props;
  return (
    <InfoCard title="Plans">
      <Typography variant="subtitle2">Implementation</Typography>
      <List dense aria-label="Implementation plan">
        {(change.plan ?? []).map((step, i) => (
          <ListItem key={i}>
            <ListItemIcon>
              <Checkbox
                edge="start"
                checked={Boolean(step.done)}
                disabled
                inputProps={{ 'aria-label': `Step ${i + 1} done` }}
              />
            </ListItemIcon>
            <ListItemText
              primary={`${i + 1}. ${step.title}`}
              secondary={
                step.owner ? (
                  <EntityRefLink entityRef={step.owner} defaultKind="user" />
                ) : undefined
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
