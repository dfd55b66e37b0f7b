import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import {
  Content,
  ContentHeader,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { indicatorDefinition } from '@backstage-itsm/plugin-itsm-common';
import useAsync from 'react-use/esm/useAsync';
import { itsmApiRef } from '../../api/ItsmApi';

/**
 * The KPI dashboard (§10.2.1): every indicator of the catalogue for the
 * running month, against its target.
 */
export function KpiDashboardPage() {
  const api = useApi(itsmApiRef);
  const { value, loading, error } = useAsync(
    () => api.getKpiScorecard(),
    [api],
  );
  return (
    <Content>
      <ContentHeader title="Indicators" />
      <InfoCard title={value ? `Scorecard, ${value.period}` : 'Scorecard'}>
        {loading && <Progress />}
        {error && <ResponseErrorPanel error={error} />}
        {value && (
          <Table size="small" aria-label="Scorecard">
            <TableHead>
              <TableRow>
                <TableCell>Indicator</TableCell>
                <TableCell>Figure</TableCell>
                <TableCell>Status</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {value.figures.map(figure => (
                <TableRow key={figure.indicatorId}>
                  <TableCell>
                    {indicatorDefinition(figure.indicatorId)?.name ??
                      figure.indicatorId}
                  </TableCell>
                  <TableCell>{figure.value ?? '—'}</TableCell>
                  <TableCell>{figure.status}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </InfoCard>
    </Content>
  );
}
