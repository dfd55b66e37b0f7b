import Typography from '@material-ui/core/Typography';
import { CiChange } from '@backstage-itsm/plugin-itsm-common';

function show(value: unknown): string {
  if (value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A change's fields, one line each: `path`: before → after. */
export function CiDifferences(props: { change: CiChange }) {
  return (
    <>
      {props.change.differences.map(d => (
        <Typography variant="body2" key={d.path}>
          <code>{d.path}</code>: {show(d.before)} → {show(d.after)}
        </Typography>
      ))}
    </>
  );
}
