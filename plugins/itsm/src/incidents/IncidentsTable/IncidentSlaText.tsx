import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { IncidentSlaSummary } from '@backstage-itsm/plugin-itsm-common';
import { slaInWords, SlaTone } from './slaInWords';

const useStyles = makeStyles(theme => ({
  text: { whiteSpace: 'nowrap' },
  ok: {},
  near: {
    color: theme.palette.warning.dark,
    fontWeight: theme.typography.fontWeightMedium as number,
  },
  over: {
    color: theme.palette.error.main,
    fontWeight: theme.typography.fontWeightBold as number,
  },
  idle: { color: theme.palette.text.secondary },
}));

/**
 * An incident's service level clock in words ("1 h 20 min left",
 * "Breached 25 min ago", "Paused"), coloured when near or over its target,
 * with the target and due time on hover; a dash without an agreement.
 */
export function IncidentSlaText(props: {
  sla?: IncidentSlaSummary;
  now: Date;
}) {
  const classes = useStyles();
  const words = slaInWords(props.sla, props.now);
  if (!words) {
    return (
      <Typography
        variant="body2"
        component="span"
        className={classes.idle}
        title="No service level agreement"
      >
        –
      </Typography>
    );
  }
  const tone: Record<SlaTone, string> = classes;
  return (
    <Typography
      variant="body2"
      component="span"
      className={`${classes.text} ${tone[words.tone]}`}
      title={words.detail}
      data-tone={words.tone}
    >
      {words.text}
    </Typography>
  );
}
