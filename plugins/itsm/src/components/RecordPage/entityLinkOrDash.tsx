import { EntityRefLink } from '@backstage/plugin-catalog-react';

/** A catalog entity a record names, as a link to it, or a dash for none. */
export function entityLinkOrDash(entityRef: string | undefined, kind: string) {
  return entityRef ? (
    <EntityRefLink entityRef={entityRef} defaultKind={kind} />
  ) : (
    '—'
  );
}
