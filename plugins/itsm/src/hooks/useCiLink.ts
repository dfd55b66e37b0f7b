import { parseEntityRef } from '@backstage/catalog-model';
import { useItsmBasePath } from './useItsmBasePath';

/**
 * Makes links to the CMDB view of a configuration item, e.g.
 * `/itsm/cmdb/resource/default/srv-db-01`; undefined when the app has no
 * ITSM page.
 */
export function useCiLink(): ((entityRef: string) => string) | undefined {
  const base = useItsmBasePath();
  if (base === undefined) return undefined;
  return entityRef => {
    const { kind, namespace, name } = parseEntityRef(entityRef);
    return `${base}/cmdb/${encodeURIComponent(
      kind.toLowerCase(),
    )}/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`;
  };
}
