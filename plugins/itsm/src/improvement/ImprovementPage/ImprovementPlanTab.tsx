import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  ImprovementPlan,
  ImprovementPlanItem,
  improvementPlanMarkdown,
  improvementSourceLabels,
  indicatorDefinition,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import useAsync from 'react-use/esm/useAsync';
import { itsmApiRef } from '../../api/ItsmApi';
import { useEntityNames } from '../../hooks/useEntityNames';
import { downloadCsv, toCsv } from '../../lib/csv';
import { downloadFile } from '../../lib/downloadFile';
import { ImprovementItemsTable } from './ImprovementItemsTable';

/** The plan as CSV rows: one item a row, its quarter first. */
export function improvementPlanCsv(
  plan: ImprovementPlan,
  nameOf: (ref: string) => string = ref => ref,
): string {
  const row = (quarter: string, item: ImprovementPlanItem) => [
    quarter,
    item.ref,
    item.title,
    stateLabel('improvement', item.state),
    item.owner ? nameOf(item.owner) : '',
    item.dueDate ?? '',
    item.indicatorId
      ? indicatorDefinition(item.indicatorId)?.name ?? item.indicatorId
      : '',
    item.baseline ?? '',
    item.target ?? '',
    improvementSourceLabels[item.source] ?? item.source,
    item.sourceRef ?? '',
  ];
  return toCsv([
    [
      'Quarter',
      'Ref',
      'Title',
      'State',
      'Owner',
      'Due',
      'Indicator',
      'Baseline',
      'Target',
      'Source',
      'Source ref',
    ],
    ...plan.quarters.flatMap(q => q.items.map(item => row(q.label, item))),
    ...plan.undated.map(item => row('No due date', item)),
  ]);
}

function PlanTable(props: { items: ImprovementPlanItem[]; label: string }) {
  if (props.items.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary" paragraph>
        No improvement items due.
      </Typography>
    );
  }
  return <ImprovementItemsTable items={props.items} label={props.label} />;
}

/**
 * The continual improvement plan (§10.3.1): the approved, in-progress and
 * evaluating items of a year by quarter of their due date, with owners
 * and due dates; downloadable as CSV and Markdown.
 */
export function ImprovementPlanTab() {
  const api = useApi(itsmApiRef);
  const [year, setYear] = useState(new Date().getUTCFullYear());
  const { value, loading, error } = useAsync(
    () => api.getImprovementPlan({ year }),
    [api, year],
  );
  const owners = [
    ...new Set(
      [
        ...(value?.quarters.flatMap(q => q.items) ?? []),
        ...(value?.undated ?? []),
      ].flatMap(i => (i.owner ? [i.owner] : [])),
    ),
  ];
  const nameOf = useEntityNames(owners);
  return (
    <>
      <Box display="flex" alignItems="center" mb={2} style={{ gap: 8 }}>
        <TextField
          id="itsm-plan-year"
          label="Year"
          type="number"
          size="small"
          value={year}
          onChange={e => {
            const next = Number(e.target.value);
            if (next >= 2000 && next <= 2200) setYear(next);
          }}
        />
        <Box flexGrow={1} />
        <Button
          variant="outlined"
          disabled={!value}
          onClick={() =>
            value &&
            downloadCsv(
              improvementPlanCsv(value, nameOf),
              `improvement-plan-${year}.csv`,
            )
          }
        >
          Download CSV
        </Button>
        <Button
          variant="outlined"
          disabled={!value}
          onClick={() =>
            value &&
            downloadFile(
              improvementPlanMarkdown(value, nameOf),
              `improvement-plan-${year}.md`,
              'text/markdown',
            )
          }
        >
          Download Markdown
        </Button>
      </Box>
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && (
        <>
          {value.quarters.map(q => (
            <Box key={q.quarter} mb={3}>
              <Typography variant="h6">{q.label}</Typography>
              <PlanTable items={q.items} label={`Due in ${q.label}`} />
            </Box>
          ))}
          {value.undated.length > 0 && (
            <Box mb={3}>
              <Typography variant="h6">Without a due date</Typography>
              <PlanTable items={value.undated} label="Without a due date" />
            </Box>
          )}
        </>
      )}
    </>
  );
}
