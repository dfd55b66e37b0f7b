import { UserInfoService } from '@backstage/backend-plugin-api';
import {
  itsmRecordCommentPermission,
  itsmRecordReportOnBehalfPermission,
  itsmRecordUpdatePermission,
  itsmRecordWorkNotePermission,
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

/** Permissions only the members of one group have. */
const groupOnly: [BasicPermission, string][] = [
  [itsmSlaReviewPermission, SLA_MANAGERS_GROUP],
  [itsmRecordReportOnBehalfPermission, SERVICE_DESK_GROUP],
];

/**
 * The demo portal's policy (§3.3): everyone may read and report in their own
 * name. The service desk works every record and reports for others (a call
 * it logs). Anyone else works the records assigned to them or
 * to one of their groups; comments publicly on those, on the records that
 * affect an entity their team owns, and on what they reported; and reads
 * work notes where they work or own. IT Operations reviews service level
 * agreements. Everything that is not ITSM is allowed.
 */
export class DemoPermissionPolicy implements PermissionPolicy {
  constructor(private readonly userInfo: UserInfoService) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const permission = request.permission;
    const group = groupOnly.find(([p]) => isPermission(permission, p))?.[1];
    if (user && group) {
      const { ownershipEntityRefs } = await this.userInfo.getUserInfo(
        user.credentials,
      );
      return {
        result: ownershipEntityRefs.includes(group)
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
