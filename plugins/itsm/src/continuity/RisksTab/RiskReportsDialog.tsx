import { useState } from 'react';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { RiskReport } from '@backstage-itsm/plugin-itsm-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { itsmApiRef } from '../../api/ItsmApi';
import { ActorName } from '../../components/ActorName';
import { DateTime } from '../../components/DateTime';
import { EntityName } from '../../components/EntityName';
import { downloadCsv } from '../../lib/csv';
import { downloadFile } from '../../lib/downloadFile';
import { describeError } from '../../lib/describeError';

/** Makes the browser save the report's Markdown or its CSV. */
function save(report: RiskReport, format: 'markdown' | 'csv') {
  const day = report.generatedAt.slice(0, 10);
  const name = `risk-assessment-${report.scope.replace(
    /[^a-z0-9]+/gi,
    '-',
  )}-${day}`;
  if (format === 'csv') {
    downloadCsv(report.csv, `${name}.csv`);
    return;
  }
  downloadFile(report.markdown, `${name}.md`, 'text/markdown');
}

const scopeName = (scope: string) =>
  scope === 'all' ? 'All services' : <EntityName entityRef={scope} />;

/**
 * The risk assessment reports (§9.1.3(5)): a manager generates one for
 * the scope shown (it is kept and sent to the management group, and
 * downloaded as Markdown), and every kept version can be downloaded again
 * as Markdown or CSV.
 */
export function RiskReportsDialog(props: {
  scope: string;
  canGenerate: boolean;
  onClose: () => void;
}) {
  const itsmApi = useApi(itsmApiRef);
  const versions = useAsyncRetry(() => itsmApi.listRiskReports(), [itsmApi]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={props.onClose} maxWidth="md" fullWidth>
      <DialogTitle>Risk assessment report</DialogTitle>
      <DialogContent>
        <Typography variant="body2" paragraph>
          The ranked register of {scopeName(props.scope)} as Markdown and CSV,
          kept as a dated version and sent to the management group.
        </Typography>
        {error && <Alert severity="error">{error}</Alert>}
        {versions.loading && <Progress />}
        {versions.error && (
          <Alert severity="error">{describeError(versions.error)}</Alert>
        )}
        {versions.value && versions.value.items.length === 0 && (
          <Typography variant="body2" color="textSecondary">
            No report yet.
          </Typography>
        )}
        {versions.value && versions.value.items.length > 0 && (
          <Table size="small" aria-label="Earlier reports">
            <TableHead>
              <TableRow>
                <TableCell>Generated</TableCell>
                <TableCell>Scope</TableCell>
                <TableCell align="right">Risks</TableCell>
                <TableCell>By</TableCell>
                <TableCell>Download</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {versions.value.items.map(version => (
                <TableRow key={version.id}>
                  <TableCell>
                    <DateTime value={version.generatedAt} />
                  </TableCell>
                  <TableCell>{scopeName(version.scope)}</TableCell>
                  <TableCell align="right">{version.riskCount}</TableCell>
                  <TableCell>
                    <ActorName actor={version.generatedBy} />
                  </TableCell>
                  <TableCell style={{ whiteSpace: 'nowrap' }}>
                    {(['markdown', 'csv'] as const).map(format => (
                      <Button
                        key={format}
                        size="small"
                        disabled={busy}
                        onClick={() =>
                          run(async () =>
                            save(
                              await itsmApi.getRiskReport(version.id),
                              format,
                            ),
                          )
                        }
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
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>Close</Button>
        {props.canGenerate && (
          <Button
            color="primary"
            variant="contained"
            disabled={busy}
            onClick={() =>
              run(async () => {
                const report = await itsmApi.createRiskReport(props.scope);
                save(report, 'markdown');
                versions.retry();
              })
            }
          >
            Generate report
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
