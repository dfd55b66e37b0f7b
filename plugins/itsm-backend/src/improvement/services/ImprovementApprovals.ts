import { IMPROVEMENT_MANAGERS_SEAT } from '@backstage-itsm/plugin-itsm-common';
import { UserInfoService } from '@backstage/backend-plugin-api';
import { ApprovalService } from '../../core/services/ApprovalService';
import { RecordService } from '../../core/services/RecordService';
import { ImprovementIntake } from './ImprovementIntake';

/**
 * Decisions on proposed improvement items (§10.2.2) on the core's
 * approval engine. The round's seats are the owning group's lead, the
 * management group and `IMPROVEMENT_MANAGERS_SEAT`, which everyone holding
 * `itsm.improvement.manage` takes: the engine sees it among their claims.
 * Whoever proposed the item is refused (segregation of duties).
 */
export function improvementApprovals(deps: {
  records: RecordService;
  userInfo: UserInfoService;
  intake: ImprovementIntake;
}): ApprovalService {
  const userInfo: UserInfoService = {
    async getUserInfo(credentials) {
      const info = await deps.userInfo.getUserInfo(credentials);
      if (!(await deps.intake.isManager(credentials))) return info;
      return {
        ...info,
        ownershipEntityRefs: [
          ...info.ownershipEntityRefs,
          IMPROVEMENT_MANAGERS_SEAT,
        ],
      };
    },
  };
  return new ApprovalService({
    type: 'improvement',
    records: deps.records,
    userInfo,
  });
}
