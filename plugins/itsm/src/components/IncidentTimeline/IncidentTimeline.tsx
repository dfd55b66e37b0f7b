import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  commentVisibilityLabels,
  RecordType,
  TimelineEvent,
} from '@backstage-itsm/plugin-itsm-common';
import { ActorName } from '../ActorName';
import { RelativeTime } from '../RelativeTime';
import { LoggedForCaller } from './LoggedForCaller';
import { EventDescription } from './EventDescription';

const useStyles = makeStyles(theme => ({
  event: {
    borderLeft: `3px solid ${theme.palette.divider}`,
    padding: theme.spacing(1, 2),
    marginBottom: theme.spacing(1),
  },
  workNote: {
    borderLeftColor: theme.palette.warning.main,
    background: theme.palette.type === 'dark' ? undefined : '#fff8e1',
  },
  body: { whiteSpace: 'pre-wrap' },
}));

/**
 * Every change, comment and link of a record, oldest first, in words:
 * states and moves by the labels of the record type's workflow (an
 * incident's unless given), people by name.
 */
export function IncidentTimeline(props: {
  events: TimelineEvent[];
  recordType?: RecordType;
}) {
  const classes = useStyles();
  const type = props.recordType ?? 'incident';
  return (
    <Box>
      {props.events.map(event => (
        <Box
          key={event.id}
          className={`${classes.event} ${
            event.visibility === 'work_note' ? classes.workNote : ''
          }`}
          data-testid={`timeline-${event.kind}`}
        >
          <Typography variant="caption" color="textSecondary" component="div">
            <ActorName actor={event.actor} /> ·{' '}
            <RelativeTime value={event.createdAt} />{' '}
            {event.kind === 'comment' && (
              <Chip
                size="small"
                label={commentVisibilityLabels[event.visibility]}
              />
            )}
          </Typography>
          <Typography variant="body2" className={classes.body}>
            {event.kind === 'created' &&
            typeof event.data.reportedBy === 'string' ? (
              <LoggedForCaller
                reportedBy={event.data.reportedBy}
                channel={event.data.channel as string | undefined}
                priority={event.data.priority as string | undefined}
              />
            ) : (
              <EventDescription event={event} type={type} />
            )}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
