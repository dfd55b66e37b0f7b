/**
 * What a text says of an entity when its catalog title is not at hand:
 * the name part of its ref, `sam.agent` for `user:default/sam.agent`
 * (with the namespace when it is not the default one, `ops/sam`), never
 * the whole ref.
 *
 * @public
 */
export function entityRefName(entityRef: string): string {
  const colon = entityRef.indexOf(':');
  const slash = entityRef.indexOf('/', colon + 1);
  if (slash < 0) return entityRef.slice(colon + 1);
  const namespace = entityRef.slice(colon + 1, slash);
  const name = entityRef.slice(slash + 1);
  return namespace.toLocaleLowerCase('en-US') === 'default'
    ? name
    : `${namespace}/${name}`;
}
