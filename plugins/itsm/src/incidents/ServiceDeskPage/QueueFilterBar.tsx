import Box from '@material-ui/core/Box';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import {
  IncidentCategory,
  incidentCategories,
  incidentCategoryLabels,
  incidentWorkflow,
  Priority,
  priorities,
  RecordSort,
} from '@backstage-itsm/plugin-itsm-common';
import { EntityRefField } from '../../components/EntityRefField';

/** What narrows and orders a queue besides the queue itself. */
export type QueueFilters = {
  q: string;
  /** A state, or '' for the queue's own states. */
  state: string;
  priority: Priority | '';
  category: IncidentCategory | '';
  group?: string;
  entity?: string;
  sort: RecordSort;
};

type SetFilters = (change: (filters: QueueFilters) => QueueFilters) => void;

const sortLabels: Record<RecordSort, string> = {
  priority: 'Priority, then oldest',
  newest: 'Newest first',
  updated: 'Recently updated',
};

/**
 * The queue's filters in one line at a laptop's width: text or `INC-12`,
 * priority, category, state, group and affected entity.
 */
export function QueueFilterBar(props: {
  filters: QueueFilters;
  onChange: SetFilters;
}) {
  const { filters, onChange: setFilters } = props;
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      alignItems="center"
      my={1.5}
      style={{ gap: 12 }}
    >
      <TextField
        id="itsm-queue-search"
        label="Search"
        placeholder="Text or INC-12"
        variant="outlined"
        size="small"
        style={{ flex: '1 1 160px', maxWidth: 280 }}
        value={filters.q}
        onChange={e => setFilters(f => ({ ...f, q: e.target.value }))}
      />
      <TextField
        select
        id="itsm-queue-priority"
        label="Priority"
        variant="outlined"
        size="small"
        style={{ width: 110 }}
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
        style={{ width: 150 }}
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
        style={{ width: 150 }}
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
      <Box width={190}>
        <EntityRefField
          id="itsm-queue-group"
          label="Group"
          kinds={['Group']}
          value={filters.group}
          onChange={group => setFilters(f => ({ ...f, group }))}
          size="small"
        />
      </Box>
      <Box width={200}>
        <EntityRefField
          id="itsm-queue-entity"
          label="Affected entity"
          kinds={['Component', 'System', 'Resource', 'API']}
          value={filters.entity}
          onChange={entity => setFilters(f => ({ ...f, entity }))}
          size="small"
        />
      </Box>
    </Box>
  );
}

/** How the queue is ordered: the working order, newest or recently updated. */
export function QueueSortField(props: {
  sort: RecordSort;
  onChange: SetFilters;
}) {
  return (
    <TextField
      select
      id="itsm-queue-sort"
      label="Sort"
      variant="outlined"
      size="small"
      style={{ width: 190 }}
      value={props.sort}
      onChange={e =>
        props.onChange(f => ({ ...f, sort: e.target.value as RecordSort }))
      }
    >
      {(Object.keys(sortLabels) as RecordSort[]).map(s => (
        <MenuItem key={s} value={s}>
          {sortLabels[s]}
        </MenuItem>
      ))}
    </TextField>
  );
}
