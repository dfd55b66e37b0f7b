import { useCallback, useMemo, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
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
import { useApi } from '@backstage/core-plugin-api';
import { useSearchParams } from 'react-router-dom';
import { itsmApiRef } from '../../api/ItsmApi';
import { useLiveRecordList } from '../../hooks/useLiveRecordList';
import { downloadCsv } from '../../lib/csv';
import { describeError } from '../../lib/describeError';
import { LogProblemDialog } from '../LogProblemDialog';
import { ProblemsTable } from '../ProblemsTable';
import { KnownErrorBase } from './KnownErrorBase';
import { listAllProblems } from './listAllProblems';
import { ProblemFilterBar } from './ProblemFilterBar';
import {
  defaultProblemFilters,
  PROBLEMS_PAGE_SIZE,
  ProblemFilters,
  problemListOptions,
} from './problemFilters';
import { problemsCsv } from './problemsCsv';
import { isProblemView, problemViews } from './problemViews';

type PageTab = 'problems' | 'known-errors';

/**
 * Problem management's work (chapter 4): the problems by view (open, new
 * and suggested, under investigation, awaiting approval, fix in progress,
 * resolved, finished, all), filtered by priority, category, entity, group
 * or the user's groups and words, as CSV too; a problem logged by hand;
 * and the searchable known-error base. `?tab=known-errors`, `?view=` and
 * `?entity=` open it on a tab, a view or an entity's problems.
 */
export function ProblemsPage() {
  const itsmApi = useApi(itsmApiRef);
  const [params, setParams] = useSearchParams();
  const tab: PageTab =
    params.get('tab') === 'known-errors' ? 'known-errors' : 'problems';
  const [filters, setFilters] = useState<ProblemFilters>(() => {
    const view = params.get('view');
    return {
      ...defaultProblemFilters,
      view: isProblemView(view) ? view : defaultProblemFilters.view,
      entityRef: params.get('entity') || undefined,
    };
  });
  const [logging, setLogging] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string>();

  const options = useMemo(() => problemListOptions(filters), [filters]);
  const { items: problems, error } = useLiveRecordList(
    useCallback(() => itsmApi.listProblems(options), [itsmApi, options]),
    'problem',
  );

  const changeFilters = (next: ProblemFilters) => {
    setFilters(next);
    setParams(
      current => {
        const updated = new URLSearchParams(current);
        updated.set('view', next.view);
        if (next.entityRef) updated.set('entity', next.entityRef);
        else updated.delete('entity');
        return updated;
      },
      { replace: true },
    );
  };

  const changeTab = (next: PageTab) =>
    setParams(
      current => {
        const updated = new URLSearchParams(current);
        if (next === 'known-errors') updated.set('tab', next);
        else updated.delete('tab');
        return updated;
      },
      { replace: true },
    );

  const exportCsv = async () => {
    setExporting(true);
    setExportError(undefined);
    try {
      const all = await listAllProblems(itsmApi, options);
      downloadCsv(problemsCsv(all), `problems-${filters.view}.csv`);
    } catch (e) {
      setExportError(describeError(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Content>
      <ContentHeader title="Problems">
        {tab === 'problems' && (
          <Button
            style={{ marginRight: 8 }}
            disabled={!problems?.length || exporting}
            startIcon={exporting ? <CircularProgress size={16} /> : undefined}
            onClick={exportCsv}
          >
            Export CSV
          </Button>
        )}
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
        onChange={(_event, value) => changeTab(value)}
        indicatorColor="primary"
        aria-label="Problem management"
        style={{ marginBottom: 16 }}
      >
        <Tab value="problems" label="Problems" />
        <Tab value="known-errors" label="Known errors" />
      </Tabs>
      {tab === 'known-errors' ? (
        <KnownErrorBase />
      ) : (
        <>
          <ProblemFilterBar filters={filters} onChange={changeFilters} />
          {exportError && (
            <Alert severity="error" onClose={() => setExportError(undefined)}>
              The export failed: {exportError}
            </Alert>
          )}
          {error !== undefined && <ResponseErrorPanel error={error as Error} />}
          {problems === undefined && error === undefined && <Progress />}
          {problems !== undefined && (
            <InfoCard
              title={problemViews[filters.view].label}
              subheader={
                problems.length >= PROBLEMS_PAGE_SIZE
                  ? `The first ${PROBLEMS_PAGE_SIZE}: narrow them with the filters, or export them all as CSV`
                  : `${problems.length} problem${
                      problems.length === 1 ? '' : 's'
                    }`
              }
              noPadding
            >
              {problems.length ? (
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
      {logging && (
        <LogProblemDialog
          defaults={
            filters.entityRef ? { entityRefs: [filters.entityRef] } : undefined
          }
          onClose={() => setLogging(false)}
        />
      )}
    </Content>
  );
}
