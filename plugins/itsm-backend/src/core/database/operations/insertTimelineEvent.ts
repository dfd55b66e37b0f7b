import { Knex } from 'knex';
import { NewTimelineEvent, StoredTimelineEvent } from '../RecordStore';
import { TimelineEventRow } from '../tables';
import { toIso } from './rowMapping';

/** Appends an event to a record's timeline (inside the caller's transaction). */
export async function insertTimelineEvent(
  db: Knex,
  recordId: string,
  event: NewTimelineEvent,
  now: string,
): Promise<StoredTimelineEvent> {
  const [inserted] = await db<TimelineEventRow>('itsm_timeline_events')
    .insert({
      record_id: recordId,
      kind: event.kind,
      actor: event.actor,
      created_at: now,
      data: JSON.stringify(event.data),
      visibility: event.visibility ?? 'public',
    })
    .returning('id');
  const id = typeof inserted === 'object' ? inserted.id : inserted;
  return {
    ...event,
    visibility: event.visibility ?? 'public',
    id: String(id),
    recordId,
    createdAt: toIso(now),
  };
}
