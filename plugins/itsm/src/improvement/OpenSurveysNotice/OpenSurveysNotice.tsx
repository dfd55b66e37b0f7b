import Alert from '@material-ui/lab/Alert';
import { Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { itsmApiRef } from '../../api/ItsmApi';
import { useItsmBasePath } from '../../hooks/useItsmBasePath';

/**
 * The caller's satisfaction surveys (§2.3.5) not answered yet, as a notice
 * linking to the newest: for those who missed the notification. Nothing
 * when there is none, or the list cannot be read.
 */
export function OpenSurveysNotice() {
  const api = useApi(itsmApiRef);
  const base = useItsmBasePath() ?? '/itsm';
  const { value } = useAsync(
    async () => (await api.listMySurveyInvitations()) ?? [],
    [api],
  );
  if (!value?.length) return null;
  const [newest] = value;
  const about = newest.recordRef ? ` about ${newest.recordRef}` : '';
  return (
    <Alert severity="info">
      {value.length === 1
        ? `A short survey${about} is waiting for you.`
        : `${value.length} short surveys are waiting for you.`}{' '}
      <Link to={`${base}/surveys/${newest.id}`}>Answer it</Link>
    </Alert>
  );
}
