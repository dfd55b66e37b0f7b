import { useItsmBasePath } from '../../hooks/useItsmBasePath';
import { ProblemView } from './problemViews';

/**
 * Makes links to the problems page, e.g. `/itsm/problems?view=all&entity=
 * component:default/ledger` for an entity's problems, or to its Known
 * errors tab; undefined when the app has no ITSM page.
 */
export function useProblemsPageLink():
  | ((options?: {
      view?: ProblemView;
      entityRef?: string;
      tab?: 'known-errors';
    }) => string)
  | undefined {
  const base = useItsmBasePath();
  if (base === undefined) return undefined;
  return (options = {}) => {
    const params = new URLSearchParams();
    if (options.tab) params.set('tab', options.tab);
    if (options.view) params.set('view', options.view);
    if (options.entityRef) params.set('entity', options.entityRef);
    const query = params.toString();
    return `${base}/problems${query ? `?${query}` : ''}`;
  };
}
