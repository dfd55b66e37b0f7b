import { useEffect, useState } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Change, stateLabel } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { useChangeLink } from '../../hooks/useChangeLink';
import { describeError } from '../../lib/describeError';
import { formatWindow } from '../../lib/formatWindow';

/**
 * The change request a record carries (a release's, a problem's): its ref
 * linking to its page, its title, state and window, read when shown.
 */
export function CarriedChangeRequest(props: { changeRef: string }) {
  const { changeRef } = props;
  const itsmApi = useApi(itsmApiRef);
  const changeLink = useChangeLink();
  const [change, setChange] = useState<Change>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let current = true;
    itsmApi.getChange(changeRef).then(
      loaded => current && setChange(loaded),
      e => current && setError(describeError(e)),
    );
    return () => {
      current = false;
    };
  }, [itsmApi, changeRef]);

  return (
    <Box>
      {error && <Alert severity="error">{error}</Alert>}
      <Typography>
        {changeLink ? (
          <Link to={changeLink(changeRef)}>{changeRef}</Link>
        ) : (
          changeRef
        )}
        {change ? `: ${change.title}` : ''}
      </Typography>
      {change && (
        <Typography variant="body2" color="textSecondary">
          {stateLabel('change', change.state)} · {formatWindow(change.window)}
        </Typography>
      )}
    </Box>
  );
}
