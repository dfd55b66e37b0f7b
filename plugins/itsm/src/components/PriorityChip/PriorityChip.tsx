import Chip from '@material-ui/core/Chip';
import { Theme, makeStyles } from '@material-ui/core/styles';
import { Priority, priorityLabels } from '@backstage-itsm/plugin-itsm-common';

/** The colour of each priority: P1 red, P2 orange, P3 blue, P4 grey. */
export function priorityColor(theme: Theme, priority: Priority): string {
  switch (priority) {
    case 'P1':
      return theme.palette.error.main;
    case 'P2':
      return theme.palette.warning.main;
    case 'P3':
      return theme.palette.info.main;
    default:
      return theme.palette.grey[500];
  }
}

const useStyles = makeStyles<Theme, { priority: Priority }>(theme => ({
  chip: ({ priority }) => {
    const background = priorityColor(theme, priority);
    return {
      backgroundColor: background,
      color: theme.palette.getContrastText(background),
      fontWeight: theme.typography.fontWeightBold as number,
      margin: 0,
    };
  },
}));

/**
 * A priority as a coloured chip, e.g. a red "P1 - Critical"; `compact`, for
 * a list's narrow column, says "P1" with the full label on hover.
 */
export function PriorityChip(props: { priority: Priority; compact?: boolean }) {
  const { priority, compact } = props;
  const classes = useStyles({ priority });
  const label = priorityLabels[priority] ?? priority;
  return (
    <Chip
      size="small"
      className={classes.chip}
      label={compact ? priority : label}
      title={compact ? label : undefined}
    />
  );
}
