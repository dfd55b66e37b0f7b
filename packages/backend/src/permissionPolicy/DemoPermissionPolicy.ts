import { UserInfoService } from '@backstage/backend-plugin-api';
import {
  itsmContinuityManagePermission,
  itsmImprovementManagePermission,
  itsmRecordCommentPermission,
  itsmRecordReportOnBehalfPermission,
  itsmRecordUpdatePermission,
  itsmRecordWorkNotePermission,
  itsmServiceDeskUsePermission,
  itsmSlaReviewPermission,
} from '@backstage-itsm/plugin-itsm-common';
import {
  createItsmRecordConditionalDecision,
  itsmRecordConditions,
} from '@backstage-itsm/plugin-itsm-backend';
import {
  AuthorizeResult,
  BasicPermission,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';

/** The group whose members work every incident: the service desk (L1). */
export const SERVICE_DESK_GROUP = 'group:default/service-desk';

/** The service level managers, who review agreements: IT Operations. */
export const SLA_MANAGERS_GROUP = 'group:default/it-operations';

/**
 * The continuity managers, who run IT service continuity (chapter 9):
 * they record risks, business impact analyses, continuity plans and
 * exercises. Continuity Management, a team of IT Operations.
 */
export const CONTINUITY_MANAGERS_GROUP = 'group:default/continuity-managers';

/**
 * The improvement managers, who run the improvement register (chapter 10):
 * they approve improvement items beside each owning group's lead, and
 * generate the monthly reports. IT Operations, as
 * `itsm.improvement.managementGroup` in app-config.yaml.
 */
export const IMPROVEMENT_MANAGERS_GROUP = 'group:default/it-operations';

/**
 * The support groups incidents are routed to (L2, and L3 by escalation):
 * the teams that own the catalog's services and resources, and the DBAs,
 * whom the databases name as their `itsm/support-group`.
 */
export const SUPPORT_GROUPS = [
  'group:default/payments-team',
  'group:default/platform-team',
  'group:default/web-team',
  'group:default/network-ops',
  'group:default/dba-team',
];

/** Permissions only the members of some groups have. */
const groupsOnly: [BasicPermission, string[]][] = [
  [itsmSlaReviewPermission, [SLA_MANAGERS_GROUP]],
  [itsmRecordReportOnBehalfPermission, [SERVICE_DESK_GROUP]],
  [itsmServiceDeskUsePermission, [SERVICE_DESK_GROUP, ...SUPPORT_GROUPS]],
  [itsmContinuityManagePermission, [CONTINUITY_MANAGERS_GROUP]],
  [itsmImprovementManagePermission, [IMPROVEMENT_MANAGERS_GROUP]],
];

/**
 * The demo portal's policy (§3.3): everyone may read and report in their own
 * name. The service desk works every record and reports for others (a call
 * it logs); it and the support groups work the queues, so the portal opens
 * on the service desk for them and on "My requests" for everyone else. Anyone else works the records assigned to them or
 * to one of their groups; comments publicly on those, on the records that
 * affect an entity their team owns, and on what they reported; and reads
 * work notes where they work or own. IT Operations reviews service level
 * agreements; the continuity managers record continuity records, which
 * their owners then work like any record assigned to them; IT Operations
 * manages continual improvement. Everything that
 * is not ITSM is allowed.
 */
export class DemoPermissionPolicy implements PermissionPolicy {
  constructor(private readonly userInfo: UserInfoService) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const permission = request.permission;
    const groups = groupsOnly.find(([p]) => isPermission(permission, p))?.[1];
    if (user && groups) {
      const { ownershipEntityRefs } = await this.userInfo.getUserInfo(
        user.credentials,
      );
      return {
        result: groups.some(group => ownershipEntityRefs.includes(group))
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      };
    }
    const isWork = isPermission(permission, itsmRecordUpdatePermission);
    const isComment = isPermission(permission, itsmRecordCommentPermission);
    const isWorkNote = isPermission(permission, itsmRecordWorkNotePermission);
    if (!user || !(isWork || isComment || isWorkNote)) {
      return { result: AuthorizeResult.ALLOW };
    }
    const { userEntityRef, ownershipEntityRefs } =
      await this.userInfo.getUserInfo(user.credentials);
    if (ownershipEntityRefs.includes(SERVICE_DESK_GROUP)) {
      return { result: AuthorizeResult.ALLOW };
    }
    type Condition = ReturnType<typeof itsmRecordConditions.isAssignee>;
    const works: [Condition, Condition] = [
      itsmRecordConditions.isAssignee({ claims: [userEntityRef] }),
      itsmRecordConditions.isInAssignmentGroup({ claims: ownershipEntityRefs }),
    ];
    const owns = itsmRecordConditions.isAffectedEntityOwner({
      claims: ownershipEntityRefs,
    });
    const reported = itsmRecordConditions.isReporter({
      claims: [userEntityRef],
    });
    let anyOf: [Condition, ...Condition[]] = [...works, owns, reported];
    if (isWork) anyOf = [...works];
    if (isWorkNote) anyOf = [...works, owns];
    return createItsmRecordConditionalDecision(permission, { anyOf });
  }
}
