import { useCallback, useEffect, useReducer, useRef } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { Incident, IncidentPage } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';

/** What the incident list of an entity holds so far. */
export type EntityIncidentsState = {
  incidents: Incident[];
  /** Where the next page starts; absent on the last page. */
  nextCursor?: string;
  loading: boolean;
  error?: Error;
  loadingMore: boolean;
  loadMoreError?: Error;
};

type Action =
  | { type: 'load' }
  | { type: 'loaded'; page: IncidentPage }
  | { type: 'failed'; error: Error }
  | { type: 'loadMore' }
  | { type: 'loadedMore'; page: IncidentPage }
  | { type: 'loadMoreFailed'; error: Error }
  | { type: 'prepend'; incident: Incident }
  | { type: 'replace'; incident: Incident };

const initialState: EntityIncidentsState = {
  incidents: [],
  loading: true,
  loadingMore: false,
};

function reducer(
  state: EntityIncidentsState,
  action: Action,
): EntityIncidentsState {
  switch (action.type) {
    case 'load':
      return { ...state, loading: true, error: undefined };
    case 'loaded':
      return {
        incidents: action.page.items,
        nextCursor: action.page.nextCursor,
        loading: false,
        loadingMore: false,
      };
    case 'failed':
      return { ...initialState, loading: false, error: action.error };
    case 'loadMore':
      return { ...state, loadingMore: true, loadMoreError: undefined };
    case 'loadedMore': {
      const known = new Set(state.incidents.map(i => i.id));
      return {
        ...state,
        incidents: [
          ...state.incidents,
          ...action.page.items.filter(i => !known.has(i.id)),
        ],
        nextCursor: action.page.nextCursor,
        loadingMore: false,
      };
    }
    case 'loadMoreFailed':
      return { ...state, loadingMore: false, loadMoreError: action.error };
    case 'prepend':
      return {
        ...state,
        incidents: [
          action.incident,
          ...state.incidents.filter(i => i.id !== action.incident.id),
        ],
      };
    case 'replace':
      return {
        ...state,
        incidents: state.incidents.map(i =>
          i.id === action.incident.id ? action.incident : i,
        ),
      };
    default:
      return state;
  }
}

/**
 * The incidents affecting an entity, newest first, a page at a time: one
 * request for the first page, one more for each "load more".
 */
export function useEntityIncidents(options: {
  entityRef: string;
  pageSize: number;
}) {
  const { entityRef, pageSize } = options;
  const itsmApi = useApi(itsmApiRef);
  const [state, dispatch] = useReducer(reducer, initialState);
  // Answers to requests made for an earlier entity or before a reload are
  // dropped: only the latest generation may change the state.
  const generation = useRef(0);

  const reload = useCallback(() => {
    const current = ++generation.current;
    dispatch({ type: 'load' });
    itsmApi.listIncidents({ entityRef, limit: pageSize }).then(
      page => {
        if (current === generation.current) {
          dispatch({ type: 'loaded', page });
        }
      },
      error => {
        if (current === generation.current) {
          dispatch({ type: 'failed', error });
        }
      },
    );
  }, [itsmApi, entityRef, pageSize]);

  useEffect(() => {
    reload();
    return () => {
      generation.current += 1;
    };
  }, [reload]);

  const { nextCursor, loadingMore } = state;
  const loadMore = useCallback(() => {
    if (!nextCursor || loadingMore) {
      return;
    }
    const current = generation.current;
    dispatch({ type: 'loadMore' });
    itsmApi
      .listIncidents({ entityRef, limit: pageSize, cursor: nextCursor })
      .then(
        page => {
          if (current === generation.current) {
            dispatch({ type: 'loadedMore', page });
          }
        },
        error => {
          if (current === generation.current) {
            dispatch({ type: 'loadMoreFailed', error });
          }
        },
      );
  }, [itsmApi, entityRef, pageSize, nextCursor, loadingMore]);

  const prepend = useCallback(
    (incident: Incident) => dispatch({ type: 'prepend', incident }),
    [],
  );
  const replace = useCallback(
    (incident: Incident) => dispatch({ type: 'replace', incident }),
    [],
  );

  return { ...state, reload, loadMore, prepend, replace };
}
