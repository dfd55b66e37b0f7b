import { Link } from '@backstage/core-components';
import { makeStyles } from '@material-ui/core/styles';
import Tooltip from '@material-ui/core/Tooltip';
import {
  CalendarEvent,
  formatTime,
  labelOf,
  riskLevelLabels,
  settledWindowStates,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { useEntityNames } from '../../hooks/useEntityNames';
import { bareName } from '../../lib/isEntityRef';
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

/**
 * What an event is, in words (for its tooltip and for screen readers):
 * states by label, entities by `nameOf` (their catalog names).
 */
export function describeCalendarEvent(
  event: CalendarEvent,
  nameOf: (entityRef: string) => string = bareName,
): string {
  const when = formatWindow(event);
  const names = event.entityRefs.map(nameOf).join(', ');
  if (event.kind === 'change' || event.kind === 'release') {
    const state = stateLabel(event.kind, event.state ?? '');
    return `${event.ref} ${event.title} — ${state}, ${when}${
      event.risk ? `, ${labelOf(riskLevelLabels, event.risk)} risk` : ''
    } — ${names}`;
  }
  const kind = event.kind === 'freeze' ? 'Freeze' : 'Maintenance window';
  const scope = event.entityRefs.length ? names : 'every entity';
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
  const nameOf = useEntityNames(event.entityRefs);
  const time = showTime ? `${formatTime(event.start)} ` : '';
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
  const description = describeCalendarEvent(event, nameOf);
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
