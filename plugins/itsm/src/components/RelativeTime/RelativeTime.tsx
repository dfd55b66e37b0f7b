import Tooltip from '@material-ui/core/Tooltip';
import { formatRelativeTime } from '../../lib/formatRelativeTime';

/** A point in time as "3 hours ago", with the exact time on hover. */
export function RelativeTime(props: { value: string }) {
  const date = new Date(props.value);
  if (Number.isNaN(date.getTime())) {
    return <>{props.value}</>;
  }
  return (
    <Tooltip title={date.toLocaleString()}>
      <time dateTime={props.value}>{formatRelativeTime(date)}</time>
    </Tooltip>
  );
}
