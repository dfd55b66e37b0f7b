import { useCallback, useRef, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import MenuItem from '@material-ui/core/MenuItem';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import TextField from '@material-ui/core/TextField';
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
import {
  BulkAssignResult,
  Incident,
  IncidentCategory,
  incidentCategories,
  incidentCategoryLabels,
  incidentWorkflow,
  Priority,
  priorities,
  RecordSort,
} from '@backstage-itsm/plugin-itsm-common';
import { useApi } from '@backstage/core-plugin-api';
import { Link as RouterLink } from 'react-router-dom';
import { itsmApiRef } from '../../api/ItsmApi';
import { useIncidentTransitions } from '../../hooks/useIncidentTransitions';
import { useRecordChanges } from '../../hooks/useRecordChanges';
import { EntityRefField } from '../../components/EntityRefField';
import { IncidentsTable, incidentsTableKeys } from '../IncidentsTable';
import { ReportIncidentDialog } from '../ReportIncidentDialog';
import {
  PendingTransitionDialog,
  TransitionNoticeAlert,
} from '../../components/TransitionDialog';
import { BulkAssignDialog } from './BulkAssignDialog';
import { incidentQueues, queueHeading } from './queues';
import { useIncidentQueue } from './useIncidentQueue';

const PAGE_SIZE = 25;

const sortLabels: Record<RecordSort, string> = {
  priority: 'Priority, then oldest',
  newest: 'Newest first',
  updated: 'Recently updated',
};

type Filters = {
  q: string;
  /** A state, or '' for the queue's own states. */
  state: string;
  priority: Priority | '';
  category: IncidentCategory | '';
  group?: string;
  entity?: string;
  sort: RecordSort;
};

/**
 * The service desk (§2.2): queues of incidents to work, filtered, sorted
 * and paged by keyset; bulk assignment; and "New request" for a call or a
 * walk-in, logged on behalf of the caller.
 */
export function ServiceDeskPage() {
  const [queueId, setQueueId] = useState(incidentQueues[0].id);
  const [filters, setFilters] = useState<Filters>({
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
        <Button
          component={RouterLink}
          to="statistics"
          style={{ marginRight: 8 }}
        >
          Statistics
        </Button>
        <Button component={RouterLink} to="sla" style={{ marginRight: 8 }}>
          Service levels
        </Button>
        <Button component={RouterLink} to="problems" style={{ marginRight: 8 }}>
          Problems
        </Button>
        <Button component={RouterLink} to="changes" style={{ marginRight: 8 }}>
          Changes
        </Button>
        <Button component={RouterLink} to="releases" style={{ marginRight: 8 }}>
          Releases
        </Button>
        <Button component={RouterLink} to="cmdb" style={{ marginRight: 8 }}>
          Configuration items
        </Button>
        <Button
          variant="contained"
          color="primary"
          startIcon={<AddIcon />}
          onClick={() => setCreating(true)}
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
          <Tab key={q.id} value={q.id} label={q.label} />
        ))}
      </Tabs>
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        my={2}
        style={{ gap: 16 }}
      >
        <TextField
          id="itsm-queue-search"
          label="Search"
          placeholder="Text or INC-12"
          variant="outlined"
          size="small"
          value={filters.q}
          onChange={e => setFilters(f => ({ ...f, q: e.target.value }))}
        />
        <TextField
          select
          id="itsm-queue-priority"
          label="Priority"
          variant="outlined"
          size="small"
          style={{ minWidth: 120 }}
          value={filters.priority}
          onChange={e =>
            setFilters(f => ({ ...f, priority: e.target.value as Priority }))
          }
        >
          <MenuItem value="">Any</MenuItem>
          {priorities.map(p => (
            <MenuItem key={p} value={p}>
              {p}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          id="itsm-queue-category"
          label="Category"
          variant="outlined"
          size="small"
          style={{ minWidth: 160 }}
          value={filters.category}
          onChange={e =>
            setFilters(f => ({
              ...f,
              category: e.target.value as IncidentCategory,
            }))
          }
        >
          <MenuItem value="">Any</MenuItem>
          {incidentCategories.map(c => (
            <MenuItem key={c} value={c}>
              {incidentCategoryLabels[c]}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          id="itsm-queue-state"
          label="State"
          variant="outlined"
          size="small"
          style={{ minWidth: 180 }}
          value={filters.state}
          onChange={e => setFilters(f => ({ ...f, state: e.target.value }))}
        >
          <MenuItem value="">As the queue</MenuItem>
          {incidentWorkflow.states.map(state => (
            <MenuItem key={state} value={state}>
              {incidentWorkflow.stateLabels[state]}
            </MenuItem>
          ))}
        </TextField>
        <Box minWidth={220}>
          <EntityRefField
            id="itsm-queue-group"
            label="Group"
            kinds={['Group']}
            value={filters.group}
            onChange={group => setFilters(f => ({ ...f, group }))}
            size="small"
          />
        </Box>
        <Box minWidth={240}>
          <EntityRefField
            id="itsm-queue-entity"
            label="Affected entity"
            kinds={['Component', 'System', 'Resource', 'API']}
            value={filters.entity}
            onChange={entity => setFilters(f => ({ ...f, entity }))}
            size="small"
          />
        </Box>
        <TextField
          select
          id="itsm-queue-sort"
          label="Sort"
          variant="outlined"
          size="small"
          style={{ minWidth: 180 }}
          value={filters.sort}
          onChange={e =>
            setFilters(f => ({ ...f, sort: e.target.value as RecordSort }))
          }
        >
          {(Object.keys(sortLabels) as RecordSort[]).map(s => (
            <MenuItem key={s} value={s}>
              {sortLabels[s]}
            </MenuItem>
          ))}
        </TextField>
      </Box>
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
            <Box display="flex" alignItems="center" style={{ gap: 16 }}>
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
