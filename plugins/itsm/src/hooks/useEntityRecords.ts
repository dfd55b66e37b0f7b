import { useCallback, useEffect, useRef, useState } from 'react';
import { ListChangesOptions } from '../api/ItsmApi';
import { useRecordChanges } from './useRecordChanges';

/**
 * The records of one type that affect an entity, in two requests however
 * many there are: the open ones, and the latest `finishedLimit` finished
 * ones (the latest updated first). Read again when a record of that type
 * and entity changes anywhere (at most every half second). What an entity's
 * record tab shows (its changes, its releases).
 */
export function useEntityRecords<T>(options: {
  /** The record type the live updates are about ('change', 'release'). */
  recordType: string;
  entityRef: string;
  /** The type's workflow: which states are open, which finished. */
  workflow: {
    openStates: readonly string[];
    terminalStates: readonly string[];
  };
  /** How many finished records to read. */
  finishedLimit: number;
  /** Reads one page of the type's records (`itsmApi.listChanges`, ...). */
  list: (query: ListChangesOptions) => Promise<{ items: T[] }>;
}) {
  const { recordType, entityRef, workflow, finishedLimit } = options;
  const [open, setOpen] = useState<T[]>();
  const [finished, setFinished] = useState<T[]>();
  const [error, setError] = useState<unknown>();
  // The reader is read when a load starts, not a reason to load again.
  const listRef = useRef(options.list);
  listRef.current = options.list;

  const reload = useCallback(async () => {
    try {
      const [openPage, finishedPage] = await Promise.all([
        listRef.current({
          entityRef,
          state: [...workflow.openStates],
          limit: 100,
        }),
        listRef.current({
          entityRef,
          state: [...workflow.terminalStates],
          sort: 'updated',
          limit: finishedLimit,
        }),
      ]);
      setOpen(openPage.items);
      setFinished(finishedPage.items);
      setError(undefined);
    } catch (e) {
      setError(e);
    }
  }, [entityRef, workflow, finishedLimit]);

  useEffect(() => {
    reload();
  }, [reload]);
  // Live: a record of this entity moved on.
  useRecordChanges(change => {
    if (
      change.type === recordType &&
      change.entityRefs.includes(entityRef.toLocaleLowerCase('en-US'))
    ) {
      reload();
    }
  }, 500);

  return {
    open,
    finished,
    error,
    loading: open === undefined && error === undefined,
    reload,
  };
}
