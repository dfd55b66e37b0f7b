import { makeStyles } from '@material-ui/core/styles';

/**
 * The queue's look: one line a row, so that a laptop shows ten incidents
 * and every column at 1366 pixels. Cells never wrap; the title takes the
 * room left and ends in "…", names end in "…" past a width.
 */
export const useIncidentsTableStyles = makeStyles(theme => ({
  row: {
    '&:focus': {
      outline: `2px solid ${theme.palette.primary.main}`,
      outlineOffset: -2,
    },
  },
  cell: {
    padding: theme.spacing(0.5, 1),
    whiteSpace: 'nowrap',
    '&:last-child': { paddingRight: theme.spacing(1) },
  },
  head: {
    padding: theme.spacing(0.75, 1),
    whiteSpace: 'nowrap',
    '&:last-child': { paddingRight: theme.spacing(1) },
  },
  /** As narrow as its content. */
  fit: { width: '1%' },
  /** The room the other columns leave. */
  title: { maxWidth: 0, width: '100%', minWidth: 160 },
  titleText: { fontWeight: theme.typography.fontWeightMedium as number },
  ref: {
    fontWeight: theme.typography.fontWeightMedium as number,
    whiteSpace: 'nowrap',
  },
  checkbox: { padding: theme.spacing(0.5) },
  oneLine: {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    maxWidth: '100%',
    minWidth: 0,
  },
  group: {
    display: 'flex',
    alignItems: 'baseline',
    gap: theme.spacing(0.5),
    maxWidth: 170,
  },
  name: { maxWidth: 150 },
}));
