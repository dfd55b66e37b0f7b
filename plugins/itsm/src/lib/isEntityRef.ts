import { defaultEntityPresentation } from '@backstage/plugin-catalog-react';

const FULL_REF =
  /^[a-z][a-z0-9-]*:[a-z0-9][a-z0-9._-]*\/[a-z0-9][a-z0-9._-]*$/i;

/**
 * Whether a stored value is a full entity ref (`user:default/sam.agent`),
 * which people should read as a name.
 */
export function isEntityRef(value: unknown): value is string {
  return typeof value === 'string' && FULL_REF.test(value);
}

/** The kind of a full ref (`user`), so that its name shows bare. */
export function kindOfRef(entityRef: string): string | undefined {
  const colon = entityRef.indexOf(':');
  return colon > 0 ? entityRef.slice(0, colon) : undefined;
}

/**
 * An entity's name before (or without) the catalog's title: the name part
 * of its ref (`sam.agent`), never the whole ref.
 */
export function bareName(entityRef: string): string {
  return defaultEntityPresentation(entityRef, {
    defaultKind: kindOfRef(entityRef),
  }).primaryTitle;
}
