import { useCallback, useEffect, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import {
  Change,
  ContinuityRecordOf,
  ContinuityRecordType,
  ImprovementRecordType,
  Incident,
  Problem,
  Release,
  TimelineEvent,
  TimelinePage,
} from '@backstage-itsm/plugin-itsm-common';
import { ItsmApi, itsmApiRef } from '../api/ItsmApi';
import type { ImprovementRecordOf } from '../api/ImprovementApi';
import { useRecordChanges } from './useRecordChanges';

/** How many timeline events one request reads (the server's page size). */
const TIMELINE_PAGE = 100;

/** The record of each type that has a page with a timeline. */
export type RecordOf = {
  incident: Incident;
  change: Change;
  release: Release;
  problem: Problem;
} & ContinuityRecordOf &
  ImprovementRecordOf;

/** A type of record with a page and a timeline. */
export type RecordType = keyof RecordOf;

/** How a continuity record and its timeline are read (the shared routes). */
function continuityReader<T extends ContinuityRecordType>(type: T) {
  return {
    get: (api: ItsmApi, ref: string) => api.getContinuityRecord(type, ref),
    timeline: (
      api: ItsmApi,
      ref: string,
      options: { limit: number; cursor?: string },
    ) => api.getContinuityTimeline(type, ref, options),
  };
}

/** How a continual improvement record and its timeline are read. */
function improvementReader<T extends ImprovementRecordType>(type: T) {
  return {
    get: (api: ItsmApi, ref: string) => api.getImprovementRecord(type, ref),
    timeline: (
      api: ItsmApi,
      ref: string,
      options: { limit: number; cursor?: string },
    ) => api.getImprovementTimeline(type, ref, options),
  };
}

/** How each type's record and timeline are read. */
const readers: {
  [T in keyof RecordOf]: {
    get: (api: ItsmApi, ref: string) => Promise<RecordOf[T]>;
    timeline: (
      api: ItsmApi,
      ref: string,
      options: { limit: number; cursor?: string },
    ) => Promise<TimelinePage>;
  };
} = {
  incident: {
    get: (api, ref) => api.getIncident(ref),
    timeline: (api, ref, options) => api.getIncidentTimeline(ref, options),
  },
  change: {
    get: (api, ref) => api.getChange(ref),
    timeline: (api, ref, options) => api.getChangeTimeline(ref, options),
  },
  release: {
    get: (api, ref) => api.getRelease(ref),
    timeline: (api, ref, options) => api.getReleaseTimeline(ref, options),
  },
  problem: {
    get: (api, ref) => api.getProblem(ref),
    timeline: (api, ref, options) => api.getProblemTimeline(ref, options),
  },
  risk: continuityReader('risk'),
  'impact-analysis': continuityReader('impact-analysis'),
  'continuity-plan': continuityReader('continuity-plan'),
  exercise: continuityReader('exercise'),
  improvement: improvementReader('improvement'),
  training: improvementReader('training'),
};

/**
 * One record and its whole timeline (read page by page), reloadable and
 * live: when someone else changes the record (an approver, a pipeline, the
 * breach scan), it is read again. What a record's page shows.
 */
export function useRecordWithTimeline<T extends keyof RecordOf>(
  type: T,
  ref: string,
) {
  const itsmApi = useApi(itsmApiRef);
  const [record, setRecord] = useState<RecordOf[T]>();
  const [timeline, setTimeline] = useState<TimelineEvent[]>([]);
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);

  const loadTimeline = useCallback(async () => {
    const events: TimelineEvent[] = [];
    let cursor: string | undefined;
    do {
      const options = { limit: TIMELINE_PAGE, cursor };
      const page = await readers[type].timeline(itsmApi, ref, options);
      events.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    setTimeline(events);
  }, [itsmApi, type, ref]);

  const reload = useCallback(async () => {
    setError(undefined);
    try {
      setRecord((await readers[type].get(itsmApi, ref)) as RecordOf[T]);
      await loadTimeline();
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }, [itsmApi, type, ref, loadTimeline]);

  useEffect(() => {
    setLoading(true);
    reload();
  }, [reload]);
  useRecordChanges(signal => {
    if (signal.id === record?.id && signal.version !== record?.version) {
      reload();
    }
  });

  /** After a change: the record as it is now, and its new events. */
  const changed = useCallback(
    (updated: RecordOf[T]) => {
      setRecord(updated);
      loadTimeline().catch(setError);
    },
    [loadTimeline],
  );

  return { record, timeline, error, loading, reload, changed };
}
