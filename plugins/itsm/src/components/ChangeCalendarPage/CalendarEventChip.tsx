import { Link } from '@backstage/core-components';
import { makeStyles } from '@material-ui/core/styles';
import Tooltip from '@material-ui/core/Tooltip';
import {
  CalendarEvent,
  changeWorkflow,
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

/** The change states in which a change's window is settled. */
const SETTLED = ['scheduled', 'implementing', 'review', 'closed'];

/** What an event is, in words (for its tooltip and for screen readers). */
export function describeCalendarEvent(event: CalendarEvent): string {
  const when = formatWindow(event);
  if (event.kind === 'change') {
    const state =
      changeWorkflow.stateLabels[
        event.state as keyof typeof changeWorkflow.stateLabels
      ] ?? event.state;
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
 * One entry of the calendar: a change (linked to its page; dashed until it
 * is scheduled), a freeze (red) or a maintenance window (green).
 */
export function CalendarEventChip(props: {
  event: CalendarEvent;
  changeLink?: (ref: string) => string;
  /** Show the start time (the week view). */
  showTime?: boolean;
  /** Show the whole title over several lines (the week view). */
  wrap?: boolean;
}) {
  const { event, changeLink, showTime, wrap } = props;
  const classes = useStyles();
  const time = showTime
    ? `${new Date(event.start).toLocaleTimeString(undefined, {
        hour: '2-digit',
        minute: '2-digit',
      })} `
    : '';
  const label =
    event.kind === 'change'
      ? `${time}${event.ref} ${event.title}`
      : `${time}${event.kind === 'freeze' ? 'Freeze' : 'Maintenance'}: ${
          event.title
        }`;
  const className = [
    classes.chip,
    classes[event.kind],
    event.kind === 'change' && !SETTLED.includes(event.state ?? '')
      ? classes.tentative
      : '',
    wrap ? classes.wrap : '',
  ].join(' ');
  const description = describeCalendarEvent(event);
  return (
    <Tooltip title={description}>
      {event.kind === 'change' && changeLink && event.ref ? (
        <Link
          to={changeLink(event.ref)}
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
