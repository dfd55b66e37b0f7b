import { Link } from '@backstage/core-components';
import { makeStyles } from '@material-ui/core/styles';
import Tooltip from '@material-ui/core/Tooltip';
import {
  CalendarEvent,
  changeWorkflow,
  releaseWorkflow,
  settledWindowStates,
} from '@backstage-itsm/plugin-itsm-common';
import { formatWindow } from '../../lib/formatWindow';

const useStyles = makeStyles(theme => ({
  chip: {
    display: 'block',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    fontSize: theme.typography.caption.fontSize,
    lineHeight: 1.6,
    padding: theme.spacing(0, 0.75),
    marginBottom: 2,
    borderRadius: 4,
    borderLeft: '4px solid',
  },
  change: {
    background: theme.palette.type === 'dark' ? '#1e3a5f' : '#e3f2fd',
    borderColor: theme.palette.primary.main,
  },
  release: {
    background: theme.palette.type === 'dark' ? '#3b1e5f' : '#f3e5f5',
    borderColor: '#8e24aa',
  },
  tentative: { borderLeftStyle: 'dashed' },
  wrap: { whiteSpace: 'normal', wordBreak: 'break-word' },
  freeze: {
    background: theme.palette.type === 'dark' ? '#5f1e1e' : '#ffebee',
    borderColor: theme.palette.error.main,
  },
  maintenance: {
    background: theme.palette.type === 'dark' ? '#1e4f2a' : '#e8f5e9',
    borderColor: theme.palette.success.main,
  },
}));

/** What an event is, in words (for its tooltip and for screen readers). */
export function describeCalendarEvent(event: CalendarEvent): string {
  const when = formatWindow(event);
  if (event.kind === 'change' || event.kind === 'release') {
    const labels: Record<string, string> =
      event.kind === 'change'
        ? changeWorkflow.stateLabels
        : releaseWorkflow.stateLabels;
    const state = labels[event.state ?? ''] ?? event.state;
    return `${event.ref} ${event.title} — ${state}, ${when}${
      event.risk ? `, ${event.risk} risk` : ''
    } — ${event.entityRefs.join(', ')}`;
  }
  const kind = event.kind === 'freeze' ? 'Freeze' : 'Maintenance window';
  const scope = event.entityRefs.length
    ? event.entityRefs.join(', ')
    : 'every entity';
  return `${kind}: ${event.title} — ${when} — ${scope}`;
}

/**
 * One entry of the calendar: a change (blue) or a release (purple), linked
 * to its page and dashed until it is scheduled or approved; a freeze (red)
 * or a maintenance window (green).
 */
export function CalendarEventChip(props: {
  event: CalendarEvent;
  changeLink?: (ref: string) => string;
  releaseLink?: (ref: string) => string;
  /** Show the start time (the week view). */
  showTime?: boolean;
  /** Show the whole title over several lines (the week view). */
  wrap?: boolean;
}) {
  const { event, showTime, wrap } = props;
  const links: Partial<
    Record<CalendarEvent['kind'], ((ref: string) => string) | undefined>
  > = { change: props.changeLink, release: props.releaseLink };
  const link = links[event.kind];
  const classes = useStyles();
  const time = showTime
    ? `${new Date(event.start).toLocaleTimeString(undefined, {
        hour: '2-digit',
        minute: '2-digit',
      })} `
    : '';
  const label =
    event.kind === 'change' || event.kind === 'release'
      ? `${time}${event.ref} ${event.title}`
      : `${time}${event.kind === 'freeze' ? 'Freeze' : 'Maintenance'}: ${
          event.title
        }`;
  const className = [
    classes.chip,
    classes[event.kind],
    (event.kind === 'change' || event.kind === 'release') &&
    !settledWindowStates.includes(event.state ?? '')
      ? classes.tentative
      : '',
    wrap ? classes.wrap : '',
  ].join(' ');
  const description = describeCalendarEvent(event);
  return (
    <Tooltip title={description}>
      {link && event.ref ? (
        <Link
          to={link(event.ref)}
          className={className}
          aria-label={description}
          data-testid="calendar-event"
        >
          {label}
        </Link>
      ) : (
        <span
          className={className}
          aria-label={description}
          data-testid="calendar-event"
        >
          {label}
        </span>
      )}
    </Tooltip>
  );
}
