import { UserInfoService } from '@backstage/backend-plugin-api';
import {
  itsmRecordCommentPermission,
  itsmRecordUpdatePermission,
} from '@backstage-itsm/plugin-itsm-common';
import {
  createItsmRecordConditionalDecision,
  itsmRecordConditions,
} from '@backstage-itsm/plugin-itsm-backend';
import {
  AuthorizeResult,
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

/**
 * The demo portal's policy: everyone may read and report; the service desk
 * works every record; anyone else works (and comments on) the records that
 * affect an entity their team owns, or that they reported. Everything that
 * is not ITSM is allowed.
 */
export class DemoPermissionPolicy implements PermissionPolicy {
  constructor(private readonly userInfo: UserInfoService) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const permission = request.permission;
    if (
      !user ||
      !(
        isPermission(permission, itsmRecordUpdatePermission) ||
        isPermission(permission, itsmRecordCommentPermission)
      )
    ) {
      return { result: AuthorizeResult.ALLOW };
    }
    const { userEntityRef, ownershipEntityRefs } =
      await this.userInfo.getUserInfo(user.credentials);
    if (ownershipEntityRefs.includes(SERVICE_DESK_GROUP)) {
      return { result: AuthorizeResult.ALLOW };
    }
    return createItsmRecordConditionalDecision(permission, {
      anyOf: [
        itsmRecordConditions.isAffectedEntityOwner({
          claims: ownershipEntityRefs,
        }),
        itsmRecordConditions.isReporter({ claims: [userEntityRef] }),
      ],
    });
  }
}
