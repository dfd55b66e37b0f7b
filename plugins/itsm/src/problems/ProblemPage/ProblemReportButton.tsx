import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import GetAppIcon from '@material-ui/icons/GetApp';
import Alert from '@material-ui/lab/Alert';
import { useApi } from '@backstage/core-plugin-api';
import { Problem } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { describeError } from '../../lib/describeError';
import { downloadFile } from '../../lib/downloadFile';

/**
 * Downloads the investigation report of a problem (§4.2) as Markdown,
 * saved as `<ref>.md`; a failure is shown below the button.
 */
export function ProblemReportButton(props: { problem: Problem }) {
  const { problem } = props;
  const itsmApi = useApi(itsmApiRef);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      downloadFile(
        await itsmApi.downloadProblemReport(problem.ref),
        `${problem.ref}.md`,
      );
    } catch (e) {
      setError(`The report could not be made: ${describeError(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box>
      <Button
        size="small"
        variant="outlined"
        startIcon={busy ? <CircularProgress size={16} /> : <GetAppIcon />}
        disabled={busy}
        onClick={download}
      >
        Download report
      </Button>
      {error && (
        <Box mt={1}>
          <Alert severity="error" onClose={() => setError(undefined)}>
            {error}
          </Alert>
        </Box>
      )}
    </Box>
  );
}
