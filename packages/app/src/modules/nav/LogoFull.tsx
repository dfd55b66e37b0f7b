import { makeStyles } from '@material-ui/core';
import { LogoIcon } from './LogoIcon';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: 10,
    whiteSpace: 'nowrap',
  },
  text: {
    display: 'flex',
    flexDirection: 'column',
    lineHeight: 1.1,
    color: '#ffffff',
    fontWeight: 700,
    fontSize: 18,
  },
  sub: {
    fontWeight: 400,
    fontSize: 12,
    color: '#7df3e1',
  },
});

/** "Acme IT Service Portal" logo for the open sidebar. */
export const LogoFull = () => {
  const classes = useStyles();
  return (
    <div className={classes.root}>
      <LogoIcon />
      <div className={classes.text}>
        <span>Acme IT</span>
        <span className={classes.sub}>Service Portal</span>
      </div>
    </div>
  );
};
