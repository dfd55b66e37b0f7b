import {
  EntityDisplayName,
  EntityRefLink,
} from '@backstage/plugin-catalog-react';
import { isEntityRef, kindOfRef } from '../../lib/isEntityRef';

/**
 * A catalog entity (a person, a group, a service) by its title or display
 * name, as the entity presentation API resolves it, linked to its page;
 * `link={false}` for the name alone. Until the catalog answers, or when
 * it does not know the entity, the name part of the ref (`sam.agent`),
 * never the whole ref.
 */
export function EntityName(props: {
  entityRef: string;
  link?: boolean;
  /** The kind a bare ref (`payments-team`) is of. */
  defaultKind?: string;
}) {
  const { entityRef, link = true } = props;
  const defaultKind = isEntityRef(entityRef)
    ? kindOfRef(entityRef)
    : props.defaultKind;
  return link ? (
    <EntityRefLink entityRef={entityRef} defaultKind={defaultKind} hideIcon />
  ) : (
    <EntityDisplayName
      entityRef={entityRef}
      defaultKind={defaultKind}
      hideIcon
    />
  );
}
