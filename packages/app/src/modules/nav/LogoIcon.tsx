import { makeStyles } from '@material-ui/core';

const useStyles = makeStyles({
  svg: {
    width: 28,
    height: 28,
    flexShrink: 0,
  },
});

/** A lifebuoy: the service desk. */
export const LogoIcon = () => {
  const classes = useStyles();
  return (
    <svg
      className={classes.svg}
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 32 32"
      role="img"
      aria-label="Acme IT Service Portal"
    >
      <circle
        cx="16"
        cy="16"
        r="13"
        fill="none"
        stroke="#7df3e1"
        strokeWidth="6"
      />
      <circle
        cx="16"
        cy="16"
        r="13"
        fill="none"
        stroke="#ffffff"
        strokeWidth="6"
        strokeDasharray="10.2 10.2"
        strokeDashoffset="5.1"
      />
    </svg>
  );
};
