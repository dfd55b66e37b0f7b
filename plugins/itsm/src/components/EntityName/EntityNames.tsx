import { Fragment } from 'react';
import { EntityName } from './EntityName';

/** Entities by name, each linked, separated by commas; a dash for none. */
export function EntityNames(props: {
  entityRefs: readonly string[] | undefined;
  link?: boolean;
  defaultKind?: string;
}) {
  const refs = props.entityRefs ?? [];
  if (refs.length === 0) return <>—</>;
  return (
    <>
      {refs.map((ref, i) => (
        <Fragment key={ref}>
          {i > 0 && ', '}
          <EntityName
            entityRef={ref}
            link={props.link}
            defaultKind={props.defaultKind}
          />
        </Fragment>
      ))}
    </>
  );
}
