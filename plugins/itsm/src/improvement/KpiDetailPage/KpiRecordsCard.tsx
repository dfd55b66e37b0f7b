import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  IndicatorBreakdown,
  IndicatorDefinition,
  KpiRecordPage,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { DateTime } from '../../components/DateTime';
import { EntityName } from '../../components/EntityName';
import { PriorityChip } from '../../components/PriorityChip';
import { useKeysetPages } from '../../hooks/useKeysetPages';
import { useRecordLink } from '../../hooks/useRecordLink';
import { KpiQuery, kpiScopeOf } from '../kpiQuery';
import { breakdownKeyText } from './breakdownLabels';

type KpiRecord = KpiRecordPage['items'][number];

const PAGE = 25;

/** A record's id, linked to its page when it has one. */
function RecordRef(props: { record: KpiRecord }) {
  const link = useRecordLink();
  const to = link?.(props.record.type, props.record.ref);
  return to ? <Link to={to}>{props.record.ref}</Link> : <>{props.record.ref}</>;
}

/**
 * The drill-down (§10.2.1): the records the figure was computed from,
 * newest first, each linked to its page, a page at a time; of one
 * breakdown row when one was chosen. Records the user may not read are
 * only counted ("3 more you may not see").
 */
export function KpiRecordsCard(props: {
  definition: IndicatorDefinition;
  query: KpiQuery;
  filter?: { by: IndicatorBreakdown; key: string };
  onClearFilter: () => void;
}) {
  const { definition, query, filter, onClearFilter } = props;
  const api = useApi(itsmApiRef);
  const [hidden, setHidden] = useState(0);
  const pages = useKeysetPages(
    async (
      q: KpiQuery & { by?: IndicatorBreakdown; key?: string; cursor?: string },
    ) => {
      const page = await api.getKpiRecords(definition.id, {
        ...q,
        limit: PAGE,
      });
      if (!q.cursor) setHidden(page.hidden);
      return page;
    },
    {
      ...(query.period ? { period: query.period } : {}),
      ...kpiScopeOf(query),
      ...(filter ? { by: filter.by, key: filter.key } : {}),
    },
  );
  return (
    <InfoCard
      title="Records behind the figure"
      subheader={definition.computation}
    >
      {filter && (
        <Box mb={1}>
          <Chip
            size="small"
            label={`Only ${breakdownKeyText(filter.by, filter.key)}`}
            onDelete={onClearFilter}
            data-testid="records-filter"
          />
        </Box>
      )}
      {pages.error && <ResponseErrorPanel error={pages.error} />}
      {!pages.loading && !pages.error && pages.items.length === 0 && (
        <Typography color="textSecondary" data-testid="records-none">
          {hidden > 0
            ? 'No record behind this figure that you may read.'
            : 'No record is behind this figure.'}
        </Typography>
      )}
      {pages.items.length > 0 && (
        <Table size="small" aria-label="Records behind the figure">
          <TableHead>
            <TableRow>
              <TableCell>Record</TableCell>
              <TableCell>Title</TableCell>
              <TableCell>State</TableCell>
              <TableCell>Priority</TableCell>
              <TableCell>Group</TableCell>
              <TableCell>Created</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {pages.items.map(record => (
              <TableRow key={record.ref} data-testid={`record-${record.ref}`}>
                <TableCell style={{ whiteSpace: 'nowrap' }}>
                  <RecordRef record={record} />
                </TableCell>
                <TableCell>{record.title}</TableCell>
                <TableCell>{stateLabel(record.type, record.state)}</TableCell>
                <TableCell>
                  <PriorityChip priority={record.priority} compact />
                </TableCell>
                <TableCell>
                  {record.assignmentGroup ? (
                    <EntityName
                      entityRef={record.assignmentGroup}
                      defaultKind="group"
                    />
                  ) : (
                    '—'
                  )}
                </TableCell>
                <TableCell style={{ whiteSpace: 'nowrap' }}>
                  <DateTime value={record.createdAt} variant="date" />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {pages.loading && <Progress />}
      <Box display="flex" alignItems="center" mt={1} style={{ gap: 16 }}>
        {pages.hasMore && !pages.loading && (
          <Button size="small" onClick={pages.loadMore}>
            Load more
          </Button>
        )}
        {hidden > 0 && (
          <Typography
            variant="body2"
            color="textSecondary"
            data-testid="records-hidden"
          >
            {hidden} more you may not see
          </Typography>
        )}
      </Box>
    </InfoCard>
  );
}
