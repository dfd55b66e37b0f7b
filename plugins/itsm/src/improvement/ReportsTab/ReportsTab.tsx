import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Alert from '@material-ui/lab/Alert';
import {
  EmptyState,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  itsmImprovementManagePermission,
  monthOf,
} from '@backstage-itsm/plugin-itsm-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { itsmApiRef } from '../../api/ItsmApi';
import { ActorName } from '../../components/ActorName';
import { DateTime } from '../../components/DateTime';
import { EntityName } from '../../components/EntityName';
import { FormDialog } from '../../components/FormDialog';
import { describeError } from '../../lib/describeError';
import { reportPath, saveReport } from './saveReport';

/** A report's scope in words: the portal, or the group's or service's name. */
export const ReportScope = (props: { scope: string }) =>
  props.scope === 'portal' ? (
    <>The portal</>
  ) : (
    <EntityName entityRef={props.scope} />
  );

/**
 * The monthly reports (§2.1.2(5), §6.3.3, §8.3): every kept report by
 * month and scope, opened as a printable page or downloaded as Markdown or
 * CSV; improvement managers generate one now for a scope and past month.
 */
export function ReportsTab() {
  const api = useApi(itsmApiRef);
  const { allowed: canGenerate } = usePermission({
    permission: itsmImprovementManagePermission,
  });
  const reports = useAsyncRetry(() => api.listPeriodicReports(), [api]);
  const [generating, setGenerating] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const download = async (
    report: { scope: string; period: string },
    format: 'markdown' | 'csv',
  ) => {
    setBusy(true);
    setError(undefined);
    try {
      saveReport(
        await api.getPeriodicReport(report.scope, report.period),
        format,
      );
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Box display="flex" justifyContent="flex-end" mb={1}>
        {canGenerate && (
          <Button
            color="primary"
            variant="contained"
            onClick={() => setGenerating(true)}
          >
            Generate a report
          </Button>
        )}
      </Box>
      {error && <Alert severity="error">{error}</Alert>}
      {reports.loading && <Progress />}
      {reports.error && <ResponseErrorPanel error={reports.error} />}
      {reports.value && reports.value.items.length === 0 && (
        <EmptyState
          missing="data"
          title="No monthly report yet"
          description="Last month's reports are written on the 1st, for the portal and every group and service with records."
        />
      )}
      {reports.value && reports.value.items.length > 0 && (
        <Table size="small" aria-label="Monthly reports">
          <TableHead>
            <TableRow>
              <TableCell>Month</TableCell>
              <TableCell>Scope</TableCell>
              <TableCell>Generated</TableCell>
              <TableCell>By</TableCell>
              <TableCell>Open and download</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {reports.value.items.map(report => (
              <TableRow key={`${report.scope} ${report.period}`}>
                <TableCell>{report.period}</TableCell>
                <TableCell>
                  <ReportScope scope={report.scope} />
                </TableCell>
                <TableCell>
                  <DateTime value={report.generatedAt} />
                </TableCell>
                <TableCell>
                  {report.generatedBy === 'schedule' ? (
                    'Schedule'
                  ) : (
                    <ActorName actor={report.generatedBy} />
                  )}
                </TableCell>
                <TableCell style={{ whiteSpace: 'nowrap' }}>
                  <Link to={reportPath(report)}>Open</Link>
                  {(['markdown', 'csv'] as const).map(format => (
                    <Button
                      key={format}
                      size="small"
                      disabled={busy}
                      onClick={() => download(report, format)}
                    >
                      {format === 'csv' ? 'CSV' : 'Markdown'}
                    </Button>
                  ))}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {generating && (
        <FormDialog
          title="Generate a monthly report"
          description="The report of a past month, written now from the figures as they are; it replaces a kept one of the same scope and month, and is announced to the recipients."
          submitLabel="Generate"
          initialValues={{ scope: 'portal', period: monthOf(new Date(), -1) }}
          fields={[
            {
              name: 'scope',
              label: 'Scope',
              kind: 'text',
              required: true,
              helperText:
                'portal, or a group or service, e.g. group:default/payments-team',
            },
            {
              name: 'period',
              label: 'Month',
              kind: 'text',
              required: true,
              helperText: 'YYYY-MM, a past month',
            },
          ]}
          onClose={() => setGenerating(false)}
          onSubmit={async values => {
            await api.createPeriodicReport({
              scope: values.scope.trim(),
              period: values.period.trim(),
            });
            setGenerating(false);
            reports.retry();
          }}
        />
      )}
    </>
  );
}
