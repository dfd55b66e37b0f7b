import {
  Priority,
  ProblemCategory,
  RecordSort,
} from '@backstage-itsm/plugin-itsm-common';
import { ListProblemsOptions } from '../../api/ItsmApi';
import { ProblemView, problemViews } from './problemViews';

/** Problems read per request by the problems page (and its CSV export). */
export const PROBLEMS_PAGE_SIZE = 100;

/** What the problems page lists: a view and the filters narrowing it. */
export type ProblemFilters = {
  view: ProblemView;
  priority: Priority | '';
  category: ProblemCategory | '';
  /** Problems of this catalog entity (a system with its parts). */
  entityRef?: string;
  /** Problems of this group, unless `mine`. */
  group?: string;
  /** Problems of the signed-in user's groups. */
  mine: boolean;
  /** Words of the title or description, or a ref such as PRB-3. */
  q: string;
  sort: RecordSort;
};

/** The problems page's list before anyone narrows it. */
export const defaultProblemFilters: ProblemFilters = {
  view: 'open',
  priority: '',
  category: '',
  mine: false,
  q: '',
  sort: 'priority',
};

/**
 * The request for the problems the filters describe, e.g. the open P1s of
 * the user's groups that mention "timeout".
 */
export function problemListOptions(
  filters: ProblemFilters,
): ListProblemsOptions {
  const group = filters.mine ? 'mine' : filters.group;
  return {
    state: [...problemViews[filters.view].states],
    priority: filters.priority ? [filters.priority] : undefined,
    category: filters.category ? [filters.category] : undefined,
    ...(filters.entityRef ? { entityRef: filters.entityRef } : {}),
    assignmentGroup: group ? [group] : undefined,
    q: filters.q.trim() || undefined,
    sort: filters.sort,
    limit: PROBLEMS_PAGE_SIZE,
  };
}
