import IconButton from '@material-ui/core/IconButton';
import ArrowDownward from '@material-ui/icons/ArrowDownward';
import ArrowUpward from '@material-ui/icons/ArrowUpward';
import Delete from '@material-ui/icons/Delete';

/** Move up, move down and remove for one row of a list, named for it. */
export function RowButtons(props: {
  name: string;
  index: number;
  count: number;
  disabled?: boolean;
  onMove?: (delta: number) => void;
  onRemove: () => void;
}) {
  const { name, index, count, disabled } = props;
  return (
    <>
      {props.onMove && (
        <>
          <IconButton
            size="small"
            aria-label={`Move up: ${name}`}
            disabled={disabled || index === 0}
            onClick={() => props.onMove!(-1)}
          >
            <ArrowUpward fontSize="small" />
          </IconButton>
          <IconButton
            size="small"
            aria-label={`Move down: ${name}`}
            disabled={disabled || index === count - 1}
            onClick={() => props.onMove!(1)}
          >
            <ArrowDownward fontSize="small" />
          </IconButton>
        </>
      )}
      <IconButton
        size="small"
        aria-label={`Remove: ${name}`}
        disabled={disabled}
        onClick={props.onRemove}
      >
        <Delete fontSize="small" />
      </IconButton>
    </>
  );
}
