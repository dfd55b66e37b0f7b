import { useCallback, useRef, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import Alert from '@material-ui/lab/Alert';
import {
  Content,
  ContentHeader,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { BulkAssignResult, Incident } from '@backstage-itsm/plugin-itsm-common';
import { useApi } from '@backstage/core-plugin-api';
import { Link as RouterLink } from 'react-router-dom';
import { itsmApiRef } from '../../api/ItsmApi';
import { useIncidentTransitions } from '../../hooks/useIncidentTransitions';
import { useRecordChanges } from '../../hooks/useRecordChanges';
import { IncidentsTable, incidentsTableKeys } from '../IncidentsTable';
import { ReportIncidentDialog } from '../ReportIncidentDialog';
import {
  PendingTransitionDialog,
  TransitionNoticeAlert,
} from '../../components/TransitionDialog';
import { BulkAssignDialog } from './BulkAssignDialog';
import { incidentQueues, queueHeading } from './queues';
import { QueueFilterBar, QueueFilters, QueueSortField } from './QueueFilterBar';
import { useIncidentQueue } from './useIncidentQueue';

const PAGE_SIZE = 25;

/**
 * The service desk (§2.2): queues of incidents to work, filtered, sorted
 * and paged by keyset; bulk assignment; and "New request" for a call or a
 * walk-in, logged on behalf of the caller.
 */
export function ServiceDeskPage() {
  const [queueId, setQueueId] = useState(incidentQueues[0].id);
  const [filters, setFilters] = useState<QueueFilters>({
    q: '',
    state: '',
    priority: '',
    category: '',
    sort: 'priority',
  });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [assigning, setAssigning] = useState(false);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string>();

  const queue = incidentQueues.find(q => q.id === queueId)!;
  const list = useIncidentQueue({
    ...queue.filters,
    ...(filters.state ? { state: [filters.state] } : {}),
    ...(filters.priority ? { priority: [filters.priority] } : {}),
    ...(filters.category ? { category: [filters.category] } : {}),
    ...(filters.group ? { assignmentGroup: [filters.group] } : {}),
    ...(filters.entity ? { entityRef: filters.entity } : {}),
    q: filters.q.trim() || undefined,
    sort: filters.sort,
    limit: PAGE_SIZE,
  });
  const { replace, reload } = list;
  const itsmApi = useApi(itsmApiRef);
  const [stale, setStale] = useState(false);
  // Incidents this page just wrote (assigned, logged): their news is no news.
  const ownWrites = useRef(new Set<string>());
  // Live: a shown incident changed (shown again as it is now), or another
  // may belong in the queue (offered as a refresh, not to lose the place).
  useRecordChanges(change => {
    if (change.type !== 'incident') return;
    const shown = list.incidents.find(i => i.id === change.id);
    if (!shown) {
      if (!ownWrites.current.has(change.id)) setStale(true);
    } else if (shown.version !== change.version) {
      itsmApi.getIncident(change.id).then(replace, () => setStale(true));
    }
  }, 300);
  const transitions = useIncidentTransitions({
    onChanged: replace,
    onReloadNeeded: reload,
  });

  const refOf = useCallback(
    (id: string) => list.incidents.find(i => i.id === id)?.ref ?? id,
    [list.incidents],
  );
  const onAssigned = useCallback(
    (result: BulkAssignResult) => {
      setAssigning(false);
      setSelected(new Set());
      result.items.forEach(item => ownWrites.current.add(item.id));
      const failed = result.items.filter(i => i.status !== 200);
      setNotice(
        failed.length === 0
          ? `Assigned ${result.items.length} incident(s)`
          : `Assigned ${
              result.items.length - failed.length
            }; not assigned: ${failed
              .map(f => `${refOf(f.id)} (${f.error})`)
              .join(', ')}`,
      );
      reload();
    },
    [reload, refOf],
  );

  const onCreated = useCallback(
    (incident: Incident) => {
      setCreating(false);
      ownWrites.current.add(incident.id);
      setNotice(`${incident.ref} logged`);
      reload();
    },
    [reload],
  );

  const selectedIncidents = list.incidents.filter(i => selected.has(i.id));

  return (
    <Content>
      <ContentHeader title="Service desk">
        <Button component={RouterLink} to="my-requests" size="small">
          My requests
        </Button>
        <Button component={RouterLink} to="statistics" size="small">
          Statistics
        </Button>
        <Button component={RouterLink} to="sla" size="small">
          Service levels
        </Button>
        <Button component={RouterLink} to="kpis" size="small">
          KPIs
        </Button>
        <Button component={RouterLink} to="problems" size="small">
          Problems
        </Button>
        <Button component={RouterLink} to="changes" size="small">
          Changes
        </Button>
        <Button component={RouterLink} to="releases" size="small">
          Releases
        </Button>
        <Button component={RouterLink} to="cmdb" size="small">
          Configuration items
        </Button>
        <Button component={RouterLink} to="continuity" size="small">
          Continuity
        </Button>
        <Button component={RouterLink} to="improvements" size="small">
          Improvements
        </Button>
        <Button
          variant="contained"
          color="primary"
          size="small"
          startIcon={<AddIcon />}
          onClick={() => setCreating(true)}
          style={{ marginLeft: 8 }}
        >
          New request
        </Button>
      </ContentHeader>
      <Tabs
        value={queueId}
        onChange={(_e, id) => {
          setQueueId(id);
          setSelected(new Set());
        }}
        variant="scrollable"
        indicatorColor="primary"
        aria-label="Queues"
      >
        {incidentQueues.map(q => (
          <Tab
            key={q.id}
            value={q.id}
            label={q.label}
            style={{ minWidth: 0 }}
          />
        ))}
      </Tabs>
      <QueueFilterBar filters={filters} onChange={setFilters} />
      {stale && (
        <Alert
          severity="info"
          action={
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                setStale(false);
                reload();
              }}
            >
              Refresh
            </Button>
          }
        >
          Incidents changed since this queue was loaded.
        </Alert>
      )}
      {notice && (
        <Alert severity="info" onClose={() => setNotice(undefined)}>
          {notice}
        </Alert>
      )}
      <TransitionNoticeAlert transitions={transitions} />
      {list.error !== undefined && !list.loading ? (
        <ResponseErrorPanel error={list.error as Error} />
      ) : (
        <InfoCard
          title={queueHeading(queue, filters.state)}
          titleTypographyProps={{ variant: 'h6' }}
          headerStyle={{ padding: '8px 16px' }}
          action={
            <Box
              display="flex"
              alignItems="center"
              style={{ gap: 16, marginTop: 8 }}
            >
              <QueueSortField sort={filters.sort} onChange={setFilters} />
              <Typography variant="caption" color="textSecondary">
                {incidentsTableKeys}
              </Typography>
              <Button
                variant="outlined"
                color="primary"
                size="small"
                disabled={selected.size === 0}
                onClick={() => setAssigning(true)}
              >
                Assign {selected.size > 0 ? `(${selected.size})` : ''}
              </Button>
            </Box>
          }
          noPadding
        >
          <IncidentsTable
            incidents={list.incidents}
            busyIncidentId={transitions.busyIncidentId}
            onTransition={transitions.start}
            selection={{ selectedIds: selected, onChange: setSelected }}
            time={filters.sort === 'updated' ? 'updated' : 'created'}
          />
          {list.loading && <Progress />}
          {!list.loading && list.incidents.length === 0 && (
            <Box p={2}>Nothing in this queue.</Box>
          )}
          {list.hasMore && !list.loading && (
            <Box display="flex" justifyContent="center" p={1}>
              <Button onClick={list.loadMore}>Load more</Button>
            </Box>
          )}
        </InfoCard>
      )}
      {assigning && (
        <BulkAssignDialog
          incidents={selectedIncidents}
          onClose={() => setAssigning(false)}
          onDone={onAssigned}
        />
      )}
      <ReportIncidentDialog
        open={creating}
        onBehalf
        title="New request"
        onClose={() => setCreating(false)}
        onCreated={onCreated}
      />
      <PendingTransitionDialog transitions={transitions} />
    </Content>
  );
}
