import { EntityName } from '../EntityName';

/**
 * A catalog entity a record names, by name and linked to it, or a dash
 * for none; `kind` is the kind a bare ref is of.
 */
export function entityLinkOrDash(entityRef: string | undefined, kind: string) {
  return entityRef ? (
    <EntityName entityRef={entityRef} defaultKind={kind} />
  ) : (
    '—'
  );
}
