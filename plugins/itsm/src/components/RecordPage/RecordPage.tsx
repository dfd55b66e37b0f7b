import { ReactNode } from 'react';
import Grid, { GridSize } from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import {
  Content,
  ContentHeader,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { stateLabel, workflows } from '@backstage-itsm/plugin-itsm-common';
import { RecordOf, RecordType } from '../../hooks/useRecordWithTimeline';
import { CommentForm } from '../CommentForm';
import { IncidentTimeline } from '../IncidentTimeline';
import { RecordPageState } from './useRecordPage';

/** One column of a record page's grid: full width, or `md` twelfths from medium screens. */
export type RecordPageColumn = { md?: GridSize; cards: ReactNode };

/**
 * The frame of a record's page (an incident, a change, a problem, a
 * release): progress while it loads, the error when it cannot be read,
 * then its ref and title as the header with the process's buttons, the
 * process's notices, its cards in a grid of columns, and its timeline
 * with the form for replies and work notes. The timeline closes the last
 * column (the events, then the form), or takes a row of its own below the
 * columns (the form, then the events).
 */
export function RecordPage<T extends RecordType>(props: {
  page: RecordPageState<T>;
  /** The moves and other buttons of the header. */
  actions: (record: RecordOf[T]) => ReactNode;
  /** What the page says above the cards (alerts). */
  notices?: (record: RecordOf[T]) => ReactNode;
  /** The cards, column by column; `false` leaves a column out. */
  columns: (record: RecordOf[T]) => (RecordPageColumn | false | undefined)[];
  timeline: 'last-column' | 'own-row';
  /** What else the page holds (a dialog). */
  children?: ReactNode;
}) {
  const { page } = props;
  const { record, loading, error } = page;
  if (loading) return <Progress />;
  if (error !== undefined || !record) {
    return (
      <Content>
        <ResponseErrorPanel error={error as Error} />
      </Content>
    );
  }

  // A finished record is its archive: it takes no more replies.
  const commentForm = workflows[page.type]?.terminalStates.includes(
    record.state,
  ) ? (
    <Typography variant="body2" color="textSecondary">
      {record.ref} is {stateLabel(page.type, record.state)}: it takes no more
      replies.
    </Typography>
  ) : (
    <CommentForm
      incident={record}
      recordType={page.type}
      onAdded={page.reload}
    />
  );
  const timelineCard = (
    <InfoCard title="Timeline">
      {props.timeline === 'own-row' && commentForm}
      <IncidentTimeline events={page.timeline} recordType={page.type} />
      {props.timeline === 'last-column' && commentForm}
    </InfoCard>
  );
  const columns = props
    .columns(record)
    .filter((column): column is RecordPageColumn => !!column);
  const last = columns.length - 1;

  return (
    <Content>
      <ContentHeader title={`${record.ref}: ${record.title}`}>
        {props.actions(record)}
      </ContentHeader>
      {props.notices?.(record)}
      <Grid container spacing={3}>
        {columns.map((column, index) => (
          <Grid key={index} item xs={12} md={column.md}>
            {column.cards}
            {props.timeline === 'last-column' && index === last && timelineCard}
          </Grid>
        ))}
        {props.timeline === 'own-row' && (
          <Grid item xs={12}>
            {timelineCard}
          </Grid>
        )}
      </Grid>
      {props.children}
    </Content>
  );
}
