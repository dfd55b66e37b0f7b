import { createPermissionRule } from '@backstage/plugin-permission-node';
import { z } from 'zod';
import { recordPermissionResourceRef } from './recordPermissionResource';

/**
 * The caller owns one of the entities the record affects: pass the user's
 * ownership claims (their user ref and groups).
 */
export const isAffectedEntityOwner = createPermissionRule({
  name: 'IS_AFFECTED_ENTITY_OWNER',
  description:
    'Allow records that affect a catalog entity owned by one of the claims (the user and their groups)',
  resourceRef: recordPermissionResourceRef,
  paramsSchema: z.object({
    claims: z
      .array(z.string())
      .describe('Ownership refs of the user, e.g. group:default/payments-team'),
  }),
  apply: (record, { claims }) =>
    record.entityOwnerRefs.some(owner => claims.includes(owner)),
  toQuery: ({ claims }) => ({
    kind: 'affectedEntityOwnedBy',
    ownerRefs: claims,
  }),
});

/** The caller reported the record, or it was reported for them. */
export const isReporter = createPermissionRule({
  name: 'IS_REPORTER',
  description: 'Allow records reported by or for one of the claims (the user)',
  resourceRef: recordPermissionResourceRef,
  paramsSchema: z.object({
    claims: z.array(z.string()).describe('Refs of the user'),
  }),
  apply: (record, { claims }) => claims.includes(record.reportedBy),
  toQuery: ({ claims }) => ({ kind: 'reportedBy', userRefs: claims }),
});

/** The caller is the record's assignee. */
export const isAssignee = createPermissionRule({
  name: 'IS_ASSIGNEE',
  description: 'Allow records assigned to one of the claims (the user)',
  resourceRef: recordPermissionResourceRef,
  paramsSchema: z.object({
    claims: z.array(z.string()).describe('Refs of the user'),
  }),
  apply: (record, { claims }) =>
    record.assignee !== undefined && claims.includes(record.assignee),
  toQuery: ({ claims }) => ({ kind: 'assignedTo', userRefs: claims }),
});

/** The record's assignment group is one of the caller's groups. */
export const isInAssignmentGroup = createPermissionRule({
  name: 'IS_IN_ASSIGNMENT_GROUP',
  description:
    "Allow records whose assignment group is one of the claims (the user's groups)",
  resourceRef: recordPermissionResourceRef,
  paramsSchema: z.object({
    claims: z
      .array(z.string())
      .describe('Ownership refs of the user, e.g. group:default/dba-team'),
  }),
  apply: (record, { claims }) =>
    record.assignmentGroup !== undefined &&
    claims.includes(record.assignmentGroup),
  toQuery: ({ claims }) => ({ kind: 'assignmentGroupIn', groupRefs: claims }),
});

/** The record affects one of the given entities. */
export const affectsEntity = createPermissionRule({
  name: 'AFFECTS_ENTITY',
  description: 'Allow records that affect one of the given catalog entities',
  resourceRef: recordPermissionResourceRef,
  paramsSchema: z.object({
    entityRefs: z.array(z.string()).describe('Entity refs'),
  }),
  apply: (record, { entityRefs }) =>
    record.entityRefs.some(ref => entityRefs.includes(ref)),
  toQuery: ({ entityRefs }) => ({ kind: 'affectsEntity', entityRefs }),
});

/** Every rule of ITSM records. */
export const recordPermissionRules = {
  isAffectedEntityOwner,
  isReporter,
  isAssignee,
  isInAssignmentGroup,
  affectsEntity,
};
