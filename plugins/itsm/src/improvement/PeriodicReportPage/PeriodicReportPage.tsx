import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import { makeStyles } from '@material-ui/core/styles';
import {
  Content,
  ContentHeader,
  MarkdownContent,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { itsmApiRef } from '../../api/ItsmApi';
import { saveReport } from '../ReportsTab/saveReport';

/**
 * On paper the report stands alone: the sidebar, the header and the
 * buttons are left out.
 */
const useStyles = makeStyles({
  '@global': {
    '@media print': {
      'nav, header, [class*="BackstageSidebar"], [class*="BackstageSidebarPage"] > div:first-child, [data-testid="sidebar-root"]':
        { display: 'none !important' },
      '[class*="BackstageSidebarPage"]': { paddingLeft: '0 !important' },
      '.itsm-report-actions': { display: 'none !important' },
    },
  },
  report: {
    '& table': { borderCollapse: 'collapse', marginBottom: 16 },
    '& th, & td': { border: '1px solid #ccc', padding: '2px 8px' },
  },
});

/**
 * A monthly report (§2.1.2(5), §6.3.3, §8.3) as a printable page,
 * `/itsm/reports/:scope/:period` (the scope URL-encoded): its Markdown
 * rendered, with print and downloads; the print style hides the portal's
 * navigation.
 */
export function PeriodicReportPage() {
  const { scope = 'portal', period = '' } = useParams();
  const api = useApi(itsmApiRef);
  const classes = useStyles();
  const report = useAsync(
    () => api.getPeriodicReport(scope, period),
    [api, scope, period],
  );
  return (
    <Content>
      <ContentHeader title="Monthly report">
        <Box className="itsm-report-actions" display="flex">
          <Button onClick={() => window.print()}>Print</Button>
          {report.value &&
            (['markdown', 'csv'] as const).map(format => (
              <Button
                key={format}
                onClick={() => saveReport(report.value!, format)}
              >
                {format === 'csv' ? 'CSV' : 'Markdown'}
              </Button>
            ))}
        </Box>
      </ContentHeader>
      {report.loading && <Progress />}
      {report.error && <ResponseErrorPanel error={report.error} />}
      {report.value && (
        <div className={classes.report}>
          <MarkdownContent content={report.value.markdown} dialect="gfm" />
        </div>
      )}
    </Content>
  );
}
