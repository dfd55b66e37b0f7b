import { makeStyles } from '@material-ui/core/styles';

/**
 * A table class whose cells break between words, never inside one: the
 * Backstage theme lets table cells break anywhere (`word-break:
 * break-word`), so a crowded table squeezes a column to a letter a line
 * ("Sim ulati on") while another stays wide.
 */
export const useWholeWordCells = makeStyles({
  table: { '& td, & th': { wordBreak: 'normal' } },
});
