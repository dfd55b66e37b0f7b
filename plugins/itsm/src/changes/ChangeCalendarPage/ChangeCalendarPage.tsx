import { useCallback, useEffect, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import IconButton from '@material-ui/core/IconButton';
import Typography from '@material-ui/core/Typography';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import Alert from '@material-ui/lab/Alert';
import ChevronLeftIcon from '@material-ui/icons/ChevronLeft';
import ChevronRightIcon from '@material-ui/icons/ChevronRight';
import EventIcon from '@material-ui/icons/Event';
import {
  Content,
  ContentHeader,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useSearchParams } from 'react-router-dom';
import {
  ChangeCalendar,
  timeZoneName,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { useChangeLink } from '../../hooks/useChangeLink';
import { useReleaseLink } from '../../hooks/useReleaseLink';
import { useRecordChanges } from '../../hooks/useRecordChanges';
import {
  calendarRange,
  calendarWeeks,
  CalendarView,
  formatDayParam,
  parseDayParam,
  shiftAnchor,
} from '../../lib/calendarGrid';
import { EntityRefField } from '../../components/EntityRefField';
import { CalendarGrid } from './CalendarGrid';
import { SubscribeDialog } from './SubscribeDialog';

/** The kinds of entity whose calendar one may pick. */
const ENTITY_KINDS = ['component', 'resource', 'system', 'api', 'domain'];

function titleOf(view: CalendarView, weeks: Date[][], anchor: Date): string {
  if (view === 'month') {
    return anchor.toLocaleDateString(undefined, {
      month: 'long',
      year: 'numeric',
    });
  }
  const [first, last] = [weeks[0][0], weeks[0][6]];
  const day = (d: Date) =>
    d.toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
  return `${day(first)} – ${day(last)} ${last.getFullYear()}`;
}

/**
 * The change calendar (chapter 5): a month or a week of planned changes
 * and releases, freezes and maintenance windows, for the whole portal or one entity
 * (`?entity=`), with subscription addresses for calendar apps. The view,
 * the day and the entity are kept in the URL, so a calendar can be linked.
 */
export function ChangeCalendarPage() {
  const itsmApi = useApi(itsmApiRef);
  const changeLink = useChangeLink();
  const releaseLink = useReleaseLink();
  const [params, setParams] = useSearchParams();
  const view: CalendarView = params.get('view') === 'week' ? 'week' : 'month';
  const anchor = parseDayParam(params.get('day')) ?? new Date();
  const entityRef = params.get('entity') ?? undefined;
  const weeks = calendarWeeks(view, anchor);
  const { from, to } = calendarRange(view, anchor);
  const [calendar, setCalendar] = useState<ChangeCalendar>();
  const [error, setError] = useState<unknown>();
  const [subscribing, setSubscribing] = useState(false);

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };

  const fromIso = from.toISOString();
  const toIso = to.toISOString();
  const load = useCallback(async () => {
    try {
      setCalendar(
        await itsmApi.getChangeCalendar({
          from: fromIso,
          to: toIso,
          entityRef,
        }),
      );
      setError(undefined);
    } catch (e) {
      setError(e);
    }
  }, [itsmApi, fromIso, toIso, entityRef]);

  useEffect(() => {
    setCalendar(undefined);
    load();
  }, [load]);
  useRecordChanges(signal => {
    if (signal.type === 'change' || signal.type === 'release') load();
  }, 500);

  return (
    <Content>
      <ContentHeader title="Change calendar">
        <Button startIcon={<EventIcon />} onClick={() => setSubscribing(true)}>
          Subscribe
        </Button>
      </ContentHeader>
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        mb={2}
        style={{ gap: 16 }}
      >
        <Box display="flex" alignItems="center">
          <IconButton
            aria-label={`Previous ${view}`}
            onClick={() =>
              update({ day: formatDayParam(shiftAnchor(view, anchor, -1)) })
            }
          >
            <ChevronLeftIcon />
          </IconButton>
          <Button
            variant="outlined"
            size="small"
            onClick={() => update({ day: undefined })}
          >
            Today
          </Button>
          <IconButton
            aria-label={`Next ${view}`}
            onClick={() =>
              update({ day: formatDayParam(shiftAnchor(view, anchor, 1)) })
            }
          >
            <ChevronRightIcon />
          </IconButton>
          <Typography variant="h5" component="h2" style={{ marginLeft: 8 }}>
            {titleOf(view, weeks, anchor)}
          </Typography>
          <Typography
            variant="body2"
            color="textSecondary"
            style={{ marginLeft: 8 }}
          >
            Times in {timeZoneName({}, anchor)}
          </Typography>
        </Box>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={view}
          onChange={(_, value) =>
            value && update({ view: value === 'week' ? 'week' : undefined })
          }
          aria-label="Calendar view"
        >
          <ToggleButton value="month">Month</ToggleButton>
          <ToggleButton value="week">Week</ToggleButton>
        </ToggleButtonGroup>
        <Box minWidth={320} flexGrow={1} maxWidth={480}>
          <EntityRefField
            id="itsm-calendar-entity"
            label="Entity"
            kinds={ENTITY_KINDS}
            value={entityRef}
            size="small"
            helperText="Only its changes and windows (with its system's)"
            onChange={ref => update({ entity: ref })}
          />
        </Box>
        <Box display="flex" style={{ gap: 8 }} aria-label="Legend">
          <Chip
            size="small"
            label="Change (dashed: not scheduled yet)"
            style={{ background: '#e3f2fd' }}
          />
          <Chip
            size="small"
            label="Release"
            style={{ background: '#f3e5f5' }}
          />
          <Chip size="small" label="Freeze" style={{ background: '#ffebee' }} />
          <Chip
            size="small"
            label="Maintenance window"
            style={{ background: '#e8f5e9' }}
          />
        </Box>
      </Box>
      {error !== undefined && <ResponseErrorPanel error={error as Error} />}
      {calendar?.truncated && (
        <Alert severity="warning" style={{ marginBottom: 16 }}>
          More changes are planned in this range than the calendar shows; choose
          an entity or a week to see them all.
        </Alert>
      )}
      {calendar?.problems.map(problem => (
        <Alert key={problem} severity="warning" style={{ marginBottom: 8 }}>
          {problem}
        </Alert>
      ))}
      {calendar === undefined && error === undefined ? (
        <Progress />
      ) : (
        <InfoCard noPadding>
          <CalendarGrid
            view={view}
            weeks={weeks}
            month={anchor.getMonth()}
            events={calendar?.events ?? []}
            changeLink={changeLink}
            releaseLink={releaseLink}
          />
        </InfoCard>
      )}
      <SubscribeDialog
        open={subscribing}
        entityRef={entityRef}
        onClose={() => setSubscribing(false)}
      />
    </Content>
  );
}
