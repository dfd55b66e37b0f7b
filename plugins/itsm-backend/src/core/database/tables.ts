/** A row of `itsm_records`. */
export type RecordRow = {
  id: string;
  type: string;
  number: number;
  title: string;
  description: string;
  state: string;
  priority: string;
  version: number;
  /** JSON object of the type's own fields. */
  fields: string;
  created_by: string;
  assignment_group: string | null;
  assignee: string | null;
  support_tier: string | null;
  category: string | null;
  reported_by: string | null;
  satisfaction_rating: number | null;
  channel: string | null;
  accepted_at: string | Date | null;
  reopen_count: number;
  is_open: boolean | number;
  escalation_count: number;
  idempotency_key: string | null;
  created_at: string | Date;
  updated_at: string | Date;
  resolved_at: string | Date | null;
  /** When it was first resolved; a reopen leaves it. */
  first_resolved_at?: string | Date | null;
  closed_at: string | Date | null;
  window_start: string | Date | null;
  window_end: string | Date | null;
};

/** A row of `itsm_record_entities`. */
export type RecordEntityRow = {
  record_id: string;
  entity_ref: string;
  record_type: string;
  record_number: number;
};

/** A row of `itsm_entity_owners`. */
export type EntityOwnerRow = {
  entity_ref: string;
  owner_ref: string;
  synced_at: string | Date;
};

/** A row of `itsm_timeline_events`. */
export type TimelineEventRow = {
  id: string | number;
  record_id: string;
  kind: string;
  actor: string;
  created_at: string | Date;
  /** JSON object. */
  data: string;
  visibility: string;
};

/** A row of `itsm_record_links`. */
export type RecordLinkRow = {
  id: string;
  source_id: string;
  target_id: string;
  kind: string;
  created_by: string;
  created_at: string | Date;
};

/** A row of `itsm_record_counters`. */
export type RecordCounterRow = {
  type: string;
  last_number: number;
};

/** A row of `itsm_alert_sources`. */
export type AlertSourceRow = {
  id?: number;
  source: string;
  group_key: string;
  group_key_hash: string;
  /** group_key_hash while the record is the group's open incident, else null. */
  active_key: string | null;
  record_id: string;
  /** JSON object: the alerts of the last delivery, by fingerprint. */
  alerts: string;
  version: number;
  created_at: string | Date;
  updated_at: string | Date;
  released_at: string | Date | null;
};

/** A row of `itsm_inbound_messages`. */
export type InboundMessageRow = {
  message_key: string;
  source: string;
  message_id: string;
  record_id: string;
  created_at: string | Date;
};

/** A row of `itsm_ci_snapshots`. */
export type CiSnapshotRow = {
  entity_ref: string;
  entity_uid: string | null;
  etag: string;
  /** JSON of the tracked fields, by path. */
  snapshot: string;
  seen_at: string | Date;
  kind: string | null;
  type: string | null;
  title: string | null;
  ci_class: string | null;
  classified: boolean | number;
  owner: string | null;
  system: string | null;
  lifecycle: string | null;
  support_group: string | null;
  changed_at: string | Date | null;
  /** JSON { kind, owners, downstream, upstream } (null on rows of older looks). */
  impact: string | null;
  /** The index format and class rules the entry was made with (ciIndexVersion). */
  index_version: string | null;
};

/** A row of `itsm_ci_changes`. */
export type CiChangeRow = {
  id: number | string;
  entity_ref: string;
  entity_uid: string | null;
  kind: string;
  /** JSON list of { path, before, after }. */
  differences: string;
  source_location: string | null;
  authorized_by: string | null;
  authorized_by_ref: string | null;
  unauthorized: boolean | number;
  detected_at: string | Date;
};

/** A row of `itsm_calendar_feeds`. */
export type CalendarFeedRow = {
  id: string;
  token_hash: string;
  owner: string;
  entity_ref: string | null;
  created_at: string | Date;
  last_used_at: string | Date | null;
};

/** A row of `itsm_sla_clocks`. */
export type SlaClockRow = {
  id: string;
  record_id: string;
  kind: string;
  agreement_id: string;
  priority: string;
  calendar_id: string;
  target_minutes: number | null;
  started_at: string | Date;
  phase: string;
  idle_spans: string;
  elapsed_ms: number | string;
  warn_50_at: string | Date | null;
  warn_75_at: string | Date | null;
  due_at: string | Date | null;
  crossed: number;
  next_threshold_at: string | Date | null;
  breached_at: string | Date | null;
  met: boolean | number | null;
  updated_at: string | Date;
};
