import {
  SearchFilterResultTypeBlueprint,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import { itsmSearchResultTypes } from './itsmSearchResultTypes';

/** `itsm-known-error` → `known-error`: the extensions' names. */
function nameOf(searchType: string): string {
  return searchType.replace(/^itsm-/, '');
}

/**
 * "Business impact analyses" → `business-impact-analyses`: a result type's
 * extension name (typed as lower case, so the plugin's extension ids stay
 * patterns a caller can name).
 */
function slugOf(name: string): Lowercase<string> {
  return name.toLowerCase().replace(/\s+/g, '-') as Lowercase<string>;
}

/**
 * How the search page lists each ITSM type's results
 * (`search-result-list-item:itsm/incident`, `.../problem`,
 * `.../known-error`, `.../change`, `.../release`, `.../risk`,
 * `.../impact-analysis`, `.../continuity-plan`, `.../exercise`).
 *
 * @alpha
 */
export const itsmSearchResultListItems = itsmSearchResultTypes.map(type =>
  SearchResultListItemBlueprint.make({
    name: nameOf(type.value),
    params: {
      predicate: result => result.type === type.value,
      component: () =>
        import('./ItsmSearchResultListItem').then(
          m => m.ItsmSearchResultListItem,
        ),
    },
  }),
);

/**
 * The ITSM types among the search page's result types ("Incidents",
 * "Problems", "Known errors", "Changes", "Releases", "Risks", "Business
 * impact analyses", "Continuity plans", "Exercises";
 * `search-filter-result-type:itsm/incidents`, ...,
 * `.../business-impact-analyses`).
 *
 * @alpha
 */
export const itsmSearchResultTypeExtensions = itsmSearchResultTypes.map(type =>
  SearchFilterResultTypeBlueprint.make({
    name: slugOf(type.name),
    params: { value: type.value, name: type.name, icon: type.icon },
  }),
);
