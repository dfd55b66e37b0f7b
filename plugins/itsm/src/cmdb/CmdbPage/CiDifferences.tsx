import Typography from '@material-ui/core/Typography';
import { CiChange } from '@backstage-itsm/plugin-itsm-common';
import { EntityName } from '../../components/EntityName';
import { isEntityRef } from '../../lib/isEntityRef';

/** A value before or after: an entity by name, the rest as recorded. */
function Value(props: { value: unknown }) {
  const { value } = props;
  if (value === undefined) return <>—</>;
  if (isEntityRef(value)) return <EntityName entityRef={value} />;
  return <>{typeof value === 'string' ? value : JSON.stringify(value)}</>;
}

/** A change's fields, one line each: `path`: before → after. */
export function CiDifferences(props: { change: CiChange }) {
  return (
    <>
      {props.change.differences.map(d => (
        <Typography variant="body2" key={d.path}>
          <code>{d.path}</code>: <Value value={d.before} /> →{' '}
          <Value value={d.after} />
        </Typography>
      ))}
    </>
  );
}
