import { useCallback, useEffect, useState } from 'react';
import { useApiHolder } from '@backstage/core-plugin-api';
import { entityPresentationApiRef } from '@backstage/plugin-catalog-react';
import { bareName, kindOfRef } from '../lib/isEntityRef';

/**
 * Names entities where a text is needed rather than an element (a chart's
 * legend, a select's options, a CSV file, an image's title): by their
 * catalog title or display name, as the entity presentation API resolves
 * them, and until it answers (or without it) by the name part of the ref.
 */
export function useEntityNames(
  entityRefs: readonly (string | undefined)[],
): (entityRef: string) => string {
  const presentation = useApiHolder().get(entityPresentationApiRef);
  const key = [...new Set(entityRefs.filter((r): r is string => !!r))]
    .sort()
    .join('\n');
  const [names, setNames] = useState<Record<string, string>>({});

  useEffect(() => {
    if (!presentation || !key) return undefined;
    let current = true;
    Promise.all(
      key.split('\n').map(ref =>
        presentation
          .forEntity(ref, { defaultKind: kindOfRef(ref) })
          .promise.then(p => [ref, p.primaryTitle] as const)
          .catch(() => [ref, bareName(ref)] as const),
      ),
    ).then(entries => {
      if (current) setNames(Object.fromEntries(entries));
    });
    return () => {
      current = false;
    };
  }, [presentation, key]);

  return useCallback(
    (entityRef: string) => names[entityRef] ?? bareName(entityRef),
    [names],
  );
}
