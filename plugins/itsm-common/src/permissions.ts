import { createPermission } from '@backstage/plugin-permission-common';

/**
 * The resource type of ITSM records in the permission framework. Conditional
 * decisions on it are evaluated in SQL by the backend.
 *
 * @public
 */
export const ITSM_RECORD_RESOURCE_TYPE = 'itsm-record';

/**
 * Report a new record (an incident from an entity page, say).
 *
 * @public
 */
export const itsmRecordCreatePermission = createPermission({
  name: 'itsm.record.create',
  attributes: { action: 'create' },
});

/**
 * Report a record in someone else's name (`reportedBy` another user): the
 * service desk logging a call. Without it a caller reports only as itself.
 *
 * @public
 */
export const itsmRecordReportOnBehalfPermission = createPermission({
  name: 'itsm.record.report-on-behalf',
  attributes: { action: 'create' },
});

/**
 * See a record, its timeline and its links.
 *
 * @public
 */
export const itsmRecordReadPermission = createPermission({
  name: 'itsm.record.read',
  attributes: { action: 'read' },
  resourceType: ITSM_RECORD_RESOURCE_TYPE,
});

/**
 * Work a record: change its fields, move it through its workflow, link it.
 *
 * @public
 */
export const itsmRecordUpdatePermission = createPermission({
  name: 'itsm.record.update',
  attributes: { action: 'update' },
  resourceType: ITSM_RECORD_RESOURCE_TYPE,
});

/**
 * Comment on a record.
 *
 * @public
 */
export const itsmRecordCommentPermission = createPermission({
  name: 'itsm.record.comment',
  attributes: { action: 'update' },
  resourceType: ITSM_RECORD_RESOURCE_TYPE,
});

/**
 * Read and write work notes: the comments only those who work records see
 * (public replies need only `itsm.record.comment`).
 *
 * @public
 */
export const itsmRecordWorkNotePermission = createPermission({
  name: 'itsm.record.worknote',
  attributes: { action: 'update' },
  resourceType: ITSM_RECORD_RESOURCE_TYPE,
});

/**
 * Create a subscription address for the change calendar: an .ics feed that
 * calendar apps read without signing in, so whoever holds the address sees
 * the changes' titles, states, entities and windows.
 *
 * @public
 */
export const itsmCalendarSubscribePermission = createPermission({
  name: 'itsm.calendar.subscribe',
  attributes: { action: 'create' },
});

/**
 * Record a review of a service's level agreement: its decision (keep,
 * revise, retire) and notes, with the figures of the period reviewed.
 *
 * @public
 */
export const itsmSlaReviewPermission = createPermission({
  name: 'itsm.sla.review',
  attributes: { action: 'create' },
});

/**
 * Work the service desk's queues: the portal opens on the agent console
 * (queues, bulk assignment, logging calls) for those allowed, and on "My
 * requests" for everyone else. It decides which home is shown, not what
 * may be read or worked: records stay guarded by `itsm.record.read` and
 * `itsm.record.update`.
 *
 * @public
 */
export const itsmServiceDeskUsePermission = createPermission({
  name: 'itsm.servicedesk.use',
  attributes: {},
});

/**
 * Manage IT service continuity (chapter 9): record risks, business impact
 * analyses, continuity plans and exercises, and send the risk assessment
 * report. Who edits one plan or analysis is still the record's update
 * permission (its owners); this one says who runs the process.
 *
 * @public
 */
export const itsmContinuityManagePermission = createPermission({
  name: 'itsm.continuity.manage',
  attributes: { action: 'create' },
});

/**
 * Run continual improvement (chapter 10): set indicator targets, record
 * improvement items and training sessions, approve improvement items
 * proposed by others, send periodic reports and configure surveys. The
 * figures of the KPI dashboard are aggregates every signed-in user reads;
 * the records behind them stay under each record's read permission.
 *
 * @public
 */
export const itsmImprovementManagePermission = createPermission({
  name: 'itsm.improvement.manage',
  attributes: { action: 'create' },
});

/**
 * Every permission of the ITSM plugins.
 *
 * @public
 */
export const itsmPermissions = [
  itsmRecordCreatePermission,
  itsmRecordReportOnBehalfPermission,
  itsmRecordReadPermission,
  itsmRecordUpdatePermission,
  itsmRecordCommentPermission,
  itsmRecordWorkNotePermission,
  itsmCalendarSubscribePermission,
  itsmSlaReviewPermission,
  itsmServiceDeskUsePermission,
  itsmContinuityManagePermission,
  itsmImprovementManagePermission,
];
