import {
  HttpAuthService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { mountRecordRoutes } from '../../core/router/mountRecordRoutes';
import { ItsmApiRouter } from '../../core/router/types';
import { RecordService } from '../../core/services/RecordService';
import { presentImprovement, presentTraining } from './improvementPresenters';

/**
 * Mounts continual improvement's records (chapter 10) on the shared record
 * routes: `/improvements` (improvement items, §10.2.2) and `/trainings`
 * (training sessions, §10.2.3).
 */
export function mountImprovementRoutes(
  router: ItsmApiRouter,
  deps: {
    records: RecordService;
    httpAuth: HttpAuthService;
    userInfo: UserInfoService;
  },
) {
  mountRecordRoutes(router, {
    ...deps,
    type: 'improvement',
    path: '/improvements',
    present: presentImprovement,
  });
  mountRecordRoutes(router, {
    ...deps,
    type: 'training',
    path: '/trainings',
    present: presentTraining,
  });
}
