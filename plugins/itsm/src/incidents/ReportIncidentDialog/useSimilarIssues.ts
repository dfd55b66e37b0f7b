import { useEffect, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import {
  Incident,
  incidentWorkflow,
  KnownErrorList,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { suggestionKeywords } from './suggestionKeywords';

/** A known error, as the known-error base lists it. */
export type KnownErrorSuggestion = KnownErrorList['items'][number];

/** What may already describe the problem being reported. */
export type SimilarIssues = {
  knownErrors: KnownErrorSuggestion[];
  /** Open incidents on the same service or with the same words. */
  incidents: Incident[];
};

/** How long typing must pause before the look-up. */
export const SUGGESTION_DELAY_MS = 400;
/** How many of each are offered, the best first. */
const SHOWN = 5;

const none: SimilarIssues = { knownErrors: [], incidents: [] };

/**
 * Ranks what the look-ups found: by how many of them found it (its words,
 * its service), then in the order found; each once.
 */
function ranked<T extends { ref: string }>(lists: T[][]): T[] {
  const hits = new Map<string, { item: T; count: number; first: number }>();
  let order = 0;
  for (const list of lists) {
    for (const item of list) {
      const seen = hits.get(item.ref);
      if (seen) seen.count++;
      else hits.set(item.ref, { item, count: 1, first: order++ });
    }
  }
  return [...hits.values()]
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .slice(0, SHOWN)
    .map(h => h.item);
}

/**
 * The known errors and open incidents that look like what is being
 * reported, looked up once typing pauses: those of the affected entity and
 * those whose text holds the telling words of the title and description
 * (one search per word, as the API finds records holding a phrase). A
 * failed look-up suggests nothing: suggestions never stand in the way of a
 * report.
 */
export function useSimilarIssues(input: {
  title: string;
  description: string;
  entityRef?: string;
}): SimilarIssues {
  const itsmApi = useApi(itsmApiRef);
  const [similar, setSimilar] = useState<SimilarIssues>(none);
  const keywords = suggestionKeywords(input.title, input.description);
  const key = JSON.stringify([keywords, input.entityRef ?? '']);

  useEffect(() => {
    const [words, entityRef] = JSON.parse(key) as [string[], string];
    if (words.length === 0 && !entityRef) {
      setSimilar(none);
      return undefined;
    }
    let current = true;
    const open = [...incidentWorkflow.openStates];
    const quietly = <T>(load: () => Promise<{ items: T[] }>) =>
      Promise.resolve()
        .then(load)
        .then(
          page => page?.items ?? [],
          () => [] as T[],
        );
    const incidentsWith = (filter: { entityRef?: string; q?: string }) =>
      quietly(() =>
        itsmApi.listIncidents({
          ...filter,
          state: open,
          sort: 'updated',
          limit: SHOWN,
        }),
      );
    const timer = setTimeout(async () => {
      const [knownErrors, incidents] = await Promise.all([
        Promise.all([
          ...(entityRef
            ? [quietly(() => itsmApi.listKnownErrors(entityRef))]
            : []),
          ...words.map(q =>
            quietly(() => itsmApi.listKnownErrors({ q, limit: SHOWN })),
          ),
        ]),
        Promise.all([
          ...(entityRef ? [incidentsWith({ entityRef })] : []),
          ...words.map(q => incidentsWith({ q })),
        ]),
      ]);
      if (current) {
        setSimilar({
          knownErrors: ranked(knownErrors),
          incidents: ranked(incidents),
        });
      }
    }, SUGGESTION_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [itsmApi, key]);

  return similar;
}
