import { useParams } from 'react-router-dom';
import {
  RecordType,
  useRecordWithTimeline,
} from '../../hooks/useRecordWithTimeline';

/**
 * What a record's page shows: the record of type `type` that the route's
 * `:ref` names, with its whole timeline, live (`useRecordWithTimeline`).
 * Given to {@link RecordPage}; `changed` and `reload` are for the page's
 * cards and moves.
 */
export function useRecordPage<T extends RecordType>(type: T) {
  const { ref = '' } = useParams();
  return { type, ...useRecordWithTimeline(type, ref) };
}

/** What {@link useRecordPage} returns. */
export type RecordPageState<T extends RecordType> = ReturnType<
  typeof useRecordPage<T>
>;
