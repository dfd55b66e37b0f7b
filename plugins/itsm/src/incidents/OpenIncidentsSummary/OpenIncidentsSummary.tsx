import { ReactNode } from 'react';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { Theme, makeStyles, useTheme } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import Skeleton from '@material-ui/lab/Skeleton';
import { InfoCard } from '@backstage/core-components';
import {
  Priority,
  priorities,
  priorityLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { describeError } from '../../lib/describeError';
import { priorityColor } from '../../components/PriorityChip';

const useStyles = makeStyles((theme: Theme) => ({
  tiles: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))',
    gap: theme.spacing(2),
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  tile: {
    padding: theme.spacing(1.5, 2),
    borderRadius: theme.shape.borderRadius,
    backgroundColor: theme.palette.background.default,
    borderLeftWidth: theme.spacing(0.75),
    borderLeftStyle: 'solid',
  },
  count: {
    fontWeight: theme.typography.fontWeightBold as number,
    lineHeight: 1.2,
  },
}));

/** Props of {@link OpenIncidentsSummary}. */
export type OpenIncidentsSummaryProps = {
  /** Open incidents per priority; absent while loading. */
  counts?: Record<Priority, number>;
  error?: Error;
  onRetry?: () => void;
  /** Shown in the card header, e.g. a "Report incident" button. */
  action?: ReactNode;
};

/** The number of open incidents of each priority, as coloured tiles. */
export function OpenIncidentsSummary(props: OpenIncidentsSummaryProps) {
  const { counts, error, onRetry, action } = props;
  const classes = useStyles();
  const subheader = 'New or in progress, by priority';

  return (
    <InfoCard title="Open incidents" subheader={subheader} action={action}>
      {error ? (
        <Alert
          severity="error"
          action={
            onRetry && (
              <Button color="inherit" size="small" onClick={onRetry}>
                Retry
              </Button>
            )
          }
        >
          Could not count the open incidents: {describeError(error)}
        </Alert>
      ) : (
        <ul className={classes.tiles} aria-label="Open incidents by priority">
          {priorities.map(priority => (
            <PriorityTile
              key={priority}
              priority={priority}
              count={counts?.[priority]}
            />
          ))}
        </ul>
      )}
    </InfoCard>
  );
}

function PriorityTile(props: { priority: Priority; count?: number }) {
  const { priority, count } = props;
  const classes = useStyles();
  const theme = useTheme<Theme>();
  return (
    <li
      className={classes.tile}
      style={{ borderLeftColor: priorityColor(theme, priority) }}
      data-testid={`open-incidents-${priority}`}
    >
      {count === undefined ? (
        <Skeleton variant="text" width={40} height={40} />
      ) : (
        <Typography variant="h4" component="p" className={classes.count}>
          {count}
        </Typography>
      )}
      <Typography variant="body2" color="textSecondary">
        {priorityLabels[priority]}
      </Typography>
    </li>
  );
}
