import { FormEvent, useEffect, useState } from 'react';
import Box from '@material-ui/core/Box';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import TextField from '@material-ui/core/TextField';
import {
  Priority,
  ProblemCategory,
  RecordSort,
  priorities,
  priorityLabels,
  problemCategoryLabels,
  recordSorts,
} from '@backstage-itsm/plugin-itsm-common';
import { EntityRefField } from '../../components/EntityRefField';
import { SelectField } from '../../components/SelectField';
import { ProblemFilters } from './problemFilters';
import { ProblemView, problemViews } from './problemViews';

const viewLabels = Object.fromEntries(
  Object.entries(problemViews).map(([view, { label }]) => [view, label]),
) as Record<ProblemView, string>;

const priorityOptions = ['', ...priorities] as const;
const priorityOptionLabels: Record<'' | Priority, string> = {
  '': 'Any priority',
  ...priorityLabels,
};

const categoryOptions = [
  '',
  ...(Object.keys(problemCategoryLabels) as ProblemCategory[]),
] as const;
const categoryOptionLabels: Record<'' | ProblemCategory, string> = {
  '': 'Any category',
  ...problemCategoryLabels,
};

const sortLabels: Record<RecordSort, string> = {
  priority: 'Most urgent first',
  newest: 'Newest first',
  updated: 'Recently updated',
};

/**
 * The problems page's filters: the view (by state), priority, category,
 * the affected entity, the investigating group or the user's own groups,
 * words (sent on Enter) and the order.
 */
export function ProblemFilterBar(props: {
  filters: ProblemFilters;
  onChange: (filters: ProblemFilters) => void;
}) {
  const { filters, onChange } = props;
  const [words, setWords] = useState(filters.q);
  useEffect(() => setWords(filters.q), [filters.q]);
  const set = (change: Partial<ProblemFilters>) =>
    onChange({ ...filters, ...change });

  const search = (event: FormEvent) => {
    event.preventDefault();
    set({ q: words.trim() });
  };

  return (
    <Box
      mb={1}
      display="flex"
      alignItems="flex-start"
      flexWrap="wrap"
      style={{ gap: 16 }}
    >
      <Box width={240}>
        <SelectField
          id="itsm-problems-view"
          label="Show"
          value={filters.view}
          options={Object.keys(problemViews) as ProblemView[]}
          labels={viewLabels}
          onChange={view => set({ view })}
        />
      </Box>
      <Box width={170}>
        <SelectField
          id="itsm-problems-priority"
          label="Priority"
          value={filters.priority}
          options={priorityOptions}
          labels={priorityOptionLabels}
          onChange={priority => set({ priority })}
        />
      </Box>
      <Box width={220}>
        <SelectField
          id="itsm-problems-category"
          label="Category"
          value={filters.category}
          options={categoryOptions}
          labels={categoryOptionLabels}
          onChange={category => set({ category })}
        />
      </Box>
      <Box width={260}>
        <EntityRefField
          id="itsm-problems-entity"
          label="Affected entity"
          kinds={['Component', 'System', 'Resource', 'API']}
          value={filters.entityRef}
          onChange={entityRef => set({ entityRef })}
        />
      </Box>
      <Box width={240}>
        <EntityRefField
          id="itsm-problems-group"
          label="Group"
          kinds={['Group']}
          value={filters.mine ? undefined : filters.group}
          onChange={group => set({ group, mine: false })}
          disabled={filters.mine}
          helperText={filters.mine ? 'Your groups' : undefined}
        />
      </Box>
      <Box pt={3}>
        <FormControlLabel
          control={
            <Checkbox
              checked={filters.mine}
              onChange={e => set({ mine: e.target.checked })}
            />
          }
          label="My groups"
        />
      </Box>
      <form onSubmit={search}>
        <TextField
          id="itsm-problems-search"
          label="Search"
          helperText="Words of the title or description, or PRB-3; Enter"
          value={words}
          onChange={e => setWords(e.target.value)}
          variant="outlined"
          margin="normal"
        />
      </form>
      <Box width={200}>
        <SelectField
          id="itsm-problems-sort"
          label="Sort"
          value={filters.sort}
          options={recordSorts}
          labels={sortLabels}
          onChange={sort => set({ sort })}
        />
      </Box>
    </Box>
  );
}
