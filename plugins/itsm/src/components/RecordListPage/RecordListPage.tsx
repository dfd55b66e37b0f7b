import { ReactNode, useCallback, useRef, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import EventIcon from '@material-ui/icons/Event';
import {
  Content,
  ContentHeader,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useNavigate } from 'react-router-dom';
import { useChangeCalendarLink } from '../../hooks/useChangeCalendarLink';
import { useLiveRecordList } from '../../hooks/useLiveRecordList';
import { downloadCsv } from '../../lib/csv';
import { SelectField } from '../SelectField';

/** One list a record list page offers: its label, and the states it shows. */
export type RecordListView = { label: string; states: readonly string[] };

/**
 * All records of one type, by view (a set of workflow states), newest
 * first and live: the calendar, a CSV export of the view and the process's
 * own actions in the header, the view to show, and the records' table or a
 * sentence when there are none. What the process gives: its views, how
 * its records are read, exported and shown.
 */
export function RecordListPage<T, V extends string>(props: {
  title: string;
  /** The record type the live updates are about ('change', 'release'). */
  recordType: string;
  /** The records in the plural ('changes'): the empty text and the export's name. */
  plural: string;
  views: Record<V, RecordListView>;
  initialView: V;
  /** Reads the records in the states of a view (`itsmApi.listChanges`, ...). */
  list: (query: { state: string[]; limit: number }) => Promise<{
    items: T[];
  }>;
  /** The records as a CSV file. */
  toCsv: (records: T[]) => string;
  /** The records' table. */
  table: (records: T[]) => ReactNode;
  /** The process's own buttons, after the export. */
  actions?: ReactNode;
  /** A sentence beside the view. */
  hint?: ReactNode;
  /** What else the page holds (a dialog). */
  children?: ReactNode;
}) {
  const { views, plural } = props;
  const navigate = useNavigate();
  const calendarLink = useChangeCalendarLink();
  const [view, setView] = useState<V>(props.initialView);
  // The reader is read when a view loads, not a reason to load again.
  const listRef = useRef(props.list);
  listRef.current = props.list;

  const { items: records, error } = useLiveRecordList(
    useCallback(
      () => listRef.current({ state: [...views[view].states], limit: 100 }),
      [views, view],
    ),
    props.recordType,
  );

  return (
    <Content>
      <ContentHeader title={props.title}>
        {calendarLink && (
          <Button
            style={{ marginRight: 8 }}
            startIcon={<EventIcon />}
            onClick={() => navigate(calendarLink())}
          >
            Calendar
          </Button>
        )}
        <Button
          style={props.actions ? { marginRight: 8 } : undefined}
          disabled={!records?.length}
          onClick={() =>
            downloadCsv(props.toCsv(records ?? []), `${plural}-${view}.csv`)
          }
        >
          Export CSV
        </Button>
        {props.actions}
      </ContentHeader>
      <Box mb={2} display="flex" alignItems="center" style={{ gap: 16 }}>
        <Box width={280}>
          <SelectField
            id={`itsm-${plural}-view`}
            label="Show"
            value={view}
            options={Object.keys(views) as V[]}
            labels={
              Object.fromEntries(
                Object.entries<RecordListView>(views).map(([k, v]) => [
                  k,
                  v.label,
                ]),
              ) as Record<V, string>
            }
            onChange={setView}
          />
        </Box>
        {props.hint && (
          <Typography variant="body2" color="textSecondary">
            {props.hint}
          </Typography>
        )}
      </Box>
      {error !== undefined && <ResponseErrorPanel error={error as Error} />}
      {records === undefined && error === undefined ? (
        <Progress />
      ) : (
        <InfoCard noPadding>
          {records?.length ? (
            props.table(records)
          ) : (
            <Box p={2}>
              <Typography color="textSecondary">
                No {views[view].label.toLocaleLowerCase('en-US')} {plural}.
              </Typography>
            </Box>
          )}
        </InfoCard>
      )}
      {props.children}
    </Content>
  );
}
