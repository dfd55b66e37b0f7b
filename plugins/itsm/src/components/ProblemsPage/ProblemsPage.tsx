import { FormEvent, useCallback, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import {
  Content,
  ContentHeader,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  Priority,
  ProblemCategory,
  problemCategoryLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { useLiveRecordList } from '../../hooks/useLiveRecordList';
import { downloadCsv } from '../../lib/csv';
import { LogProblemDialog } from '../LogProblemDialog';
import { ProblemsTable } from '../ProblemsTable';
import { SelectField } from '../SelectField';
import { KnownErrorBase } from './KnownErrorBase';
import { problemsCsv } from './problemsCsv';
import { ProblemView, problemViews } from './problemViews';

const priorities = ['', 'P1', 'P2', 'P3', 'P4'] as const;
const priorityLabels = {
  '': 'Any priority',
  P1: 'P1',
  P2: 'P2',
  P3: 'P3',
  P4: 'P4',
};
const categories = ['', ...Object.keys(problemCategoryLabels)] as (
  | ''
  | ProblemCategory
)[];
const categoryLabels = { '': 'Any category', ...problemCategoryLabels };

/**
 * Problem management's work (chapter 4): the problems by view (open, new
 * and suggested, awaiting approval, fix in progress, resolved, finished),
 * filtered by priority, category, the user's groups and words, as CSV
 * too; a new problem logged by hand; and the searchable known-error base.
 */
export function ProblemsPage() {
  const itsmApi = useApi(itsmApiRef);
  const [tab, setTab] = useState<'problems' | 'known-errors'>('problems');
  const [view, setView] = useState<ProblemView>('open');
  const [priority, setPriority] = useState<'' | Priority>('');
  const [category, setCategory] = useState<'' | ProblemCategory>('');
  const [mine, setMine] = useState(false);
  const [words, setWords] = useState('');
  const [q, setQ] = useState('');
  const [logging, setLogging] = useState(false);

  const { items: problems, error } = useLiveRecordList(
    useCallback(
      () =>
        itsmApi.listProblems({
          state: [...problemViews[view].states],
          priority: priority ? [priority] : undefined,
          category: category ? [category] : undefined,
          assignmentGroup: mine ? ['mine'] : undefined,
          q: q || undefined,
          sort: 'priority',
          limit: 100,
        }),
      [itsmApi, view, priority, category, mine, q],
    ),
    'problem',
  );

  const search = (event: FormEvent) => {
    event.preventDefault();
    setQ(words.trim());
  };

  return (
    <Content>
      <ContentHeader title="Problems">
        <Button
          style={{ marginRight: 8 }}
          disabled={!problems?.length}
          onClick={() =>
            downloadCsv(problemsCsv(problems ?? []), `problems-${view}.csv`)
          }
        >
          Export CSV
        </Button>
        <Button
          variant="contained"
          color="primary"
          startIcon={<AddIcon />}
          onClick={() => setLogging(true)}
        >
          Log problem
        </Button>
      </ContentHeader>
      <Tabs
        value={tab}
        onChange={(_, value) => setTab(value)}
        indicatorColor="primary"
        style={{ marginBottom: 16 }}
      >
        <Tab value="problems" label="Problems" />
        <Tab value="known-errors" label="Known errors" />
      </Tabs>
      {tab === 'known-errors' ? (
        <KnownErrorBase />
      ) : (
        <>
          <Box
            mb={1}
            display="flex"
            alignItems="center"
            flexWrap="wrap"
            style={{ gap: 16 }}
          >
            <Box width={260}>
              <SelectField
                id="itsm-problems-view"
                label="Show"
                value={view}
                options={Object.keys(problemViews) as ProblemView[]}
                labels={
                  Object.fromEntries(
                    Object.entries(problemViews).map(([k, v]) => [k, v.label]),
                  ) as Record<ProblemView, string>
                }
                onChange={setView}
              />
            </Box>
            <Box width={160}>
              <SelectField
                id="itsm-problems-priority"
                label="Priority"
                value={priority}
                options={priorities}
                labels={priorityLabels}
                onChange={setPriority}
              />
            </Box>
            <Box width={220}>
              <SelectField
                id="itsm-problems-category"
                label="Category"
                value={category}
                options={categories}
                labels={categoryLabels}
                onChange={setCategory}
              />
            </Box>
            <FormControlLabel
              control={
                <Checkbox
                  checked={mine}
                  onChange={e => setMine(e.target.checked)}
                />
              }
              label="My groups"
            />
            <form onSubmit={search}>
              <TextField
                id="itsm-problems-search"
                label="Search"
                helperText="Words of the title or description, or PRB-3"
                value={words}
                onChange={e => setWords(e.target.value)}
                variant="outlined"
                margin="normal"
              />
            </form>
          </Box>
          {error !== undefined && <ResponseErrorPanel error={error as Error} />}
          {problems === undefined && error === undefined ? (
            <Progress />
          ) : (
            <InfoCard noPadding>
              {problems?.length ? (
                <ProblemsTable problems={problems} />
              ) : (
                <Box p={2}>
                  <Typography color="textSecondary">
                    No problems match.
                  </Typography>
                </Box>
              )}
            </InfoCard>
          )}
        </>
      )}
      {logging && <LogProblemDialog onClose={() => setLogging(false)} />}
    </Content>
  );
}
