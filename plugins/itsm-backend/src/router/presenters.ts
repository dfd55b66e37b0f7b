import {
  Incident,
  RecordLink,
  TimelineEvent,
} from '@backstage-itsm/plugin-itsm-common';
import { StoredRecord, StoredTimelineEvent } from '../database/RecordStore';
import { AllowedActions, LinkView } from '../services/RecordService';

/**
 * A record as the API shows an incident; with `allowed`, what the caller may
 * do with it.
 */
export function presentIncident(
  record: StoredRecord,
  allowed?: AllowedActions,
): Incident {
  const resolution = record.fields.resolution;
  return {
    id: record.id,
    ref: record.ref,
    type: 'incident',
    version: record.version,
    state: record.state,
    title: record.title,
    description: record.description,
    priority: record.priority as Incident['priority'],
    entityRefs: record.entityRefs,
    ...(typeof resolution === 'string' ? { resolution } : {}),
    ...(allowed ? { allowed } : {}),
    createdBy: record.createdBy,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    ...(record.resolvedAt ? { resolvedAt: record.resolvedAt } : {}),
    ...(record.closedAt ? { closedAt: record.closedAt } : {}),
  };
}

export function presentEvent(event: StoredTimelineEvent): TimelineEvent {
  return {
    id: event.id,
    recordId: event.recordId,
    kind: event.kind,
    actor: event.actor,
    createdAt: event.createdAt,
    data: event.data,
  };
}

function linkEnd(record: StoredRecord) {
  return {
    id: record.id,
    ref: record.ref,
    type: record.type,
    title: record.title,
    state: record.state,
  };
}

export function presentLink(view: LinkView): RecordLink {
  return {
    id: view.link.id,
    kind: view.link.kind as RecordLink['kind'],
    source: linkEnd(view.source),
    target: linkEnd(view.target),
    createdBy: view.link.createdBy,
    createdAt: view.link.createdAt,
  };
}
