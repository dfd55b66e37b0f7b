import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { CalendarEvent } from '@backstage-itsm/plugin-itsm-common';
import {
  CalendarView,
  eventsOnDay,
  formatDayParam,
  startOfDay,
} from '../../lib/calendarGrid';
import { CalendarEventChip } from './CalendarEventChip';

const useStyles = makeStyles(theme => ({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(7, minmax(0, 1fr))',
    borderTop: `1px solid ${theme.palette.divider}`,
    borderLeft: `1px solid ${theme.palette.divider}`,
  },
  head: {
    padding: theme.spacing(0.5, 1),
    borderRight: `1px solid ${theme.palette.divider}`,
    borderBottom: `1px solid ${theme.palette.divider}`,
    background: theme.palette.background.default,
  },
  day: {
    minHeight: 110,
    padding: theme.spacing(0.5),
    borderRight: `1px solid ${theme.palette.divider}`,
    borderBottom: `1px solid ${theme.palette.divider}`,
    overflow: 'hidden',
  },
  weekDay: { minHeight: 360 },
  outside: { background: theme.palette.action.hover },
  today: {
    display: 'inline-block',
    minWidth: 22,
    textAlign: 'center',
    borderRadius: 11,
    color: theme.palette.primary.contrastText,
    background: theme.palette.primary.main,
  },
}));

/** The most entries a month's day shows before "+ n more". */
const MONTH_DAY_LIMIT = 4;

/**
 * Days in weeks of seven, each with the events that take place on it: a
 * month (days of other months shaded) or a week (taller days, with times).
 */
export function CalendarGrid(props: {
  view: CalendarView;
  weeks: Date[][];
  /** The month being shown (for shading the days of others). */
  month: number;
  events: CalendarEvent[];
  changeLink?: (ref: string) => string;
  releaseLink?: (ref: string) => string;
}) {
  const { view, weeks, month, events, changeLink, releaseLink } = props;
  const classes = useStyles();
  const today = startOfDay(new Date()).getTime();
  return (
    <div className={classes.grid} role="grid" aria-label="Change calendar">
      {weeks[0].map(day => (
        <div
          key={`head-${day.getDay()}`}
          className={classes.head}
          role="columnheader"
        >
          <Typography variant="caption" color="textSecondary">
            {day.toLocaleDateString(undefined, { weekday: 'short' })}
          </Typography>
        </div>
      ))}
      {weeks.flat().map(day => {
        const onDay = eventsOnDay(events, day);
        const shown =
          view === 'month' ? onDay.slice(0, MONTH_DAY_LIMIT) : onDay;
        const outside = view === 'month' && day.getMonth() !== month;
        return (
          <div
            key={formatDayParam(day)}
            role="gridcell"
            data-day={formatDayParam(day)}
            className={[
              classes.day,
              view === 'week' ? classes.weekDay : '',
              outside ? classes.outside : '',
            ].join(' ')}
          >
            <Typography variant="caption" component="div" gutterBottom>
              <span
                className={day.getTime() === today ? classes.today : undefined}
              >
                {view === 'week'
                  ? day.toLocaleDateString(undefined, {
                      day: 'numeric',
                      month: 'short',
                    })
                  : day.getDate()}
              </span>
            </Typography>
            {shown.map(event => (
              <CalendarEventChip
                key={event.id}
                event={event}
                changeLink={changeLink}
                releaseLink={releaseLink}
                wrap={view === 'week'}
                showTime={
                  view === 'week' &&
                  startOfDay(new Date(event.start)).getTime() === day.getTime()
                }
              />
            ))}
            {onDay.length > shown.length && (
              <Typography variant="caption" color="textSecondary">
                + {onDay.length - shown.length} more
              </Typography>
            )}
          </div>
        );
      })}
    </div>
  );
}
