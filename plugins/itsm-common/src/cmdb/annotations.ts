/**
 * The annotation by which an entity names the group that supports it when
 * that is not its owner, e.g. `itsm/support-group: group:default/dba-team`.
 * Incidents on the entity go to that group; the CMDB reports entities
 * with neither.
 */
export const SUPPORT_GROUP_ANNOTATION = 'itsm/support-group';
