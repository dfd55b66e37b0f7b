import Tooltip from '@material-ui/core/Tooltip';
import { formatDateTime } from '@backstage-itsm/plugin-itsm-common';
import { formatRelativeTime } from '../../lib/formatRelativeTime';

/**
 * A point in time as "3 hours ago", with the exact time, in the reader's
 * zone and saying which, on hover.
 */
export function RelativeTime(props: { value: string }) {
  const date = new Date(props.value);
  if (Number.isNaN(date.getTime())) {
    return <>{props.value}</>;
  }
  return (
    <Tooltip title={formatDateTime(date)}>
      <time dateTime={props.value}>{formatRelativeTime(date)}</time>
    </Tooltip>
  );
}
