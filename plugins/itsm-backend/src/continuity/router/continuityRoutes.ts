import {
  HttpAuthService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { mountRecordRoutes } from '../../core/router/mountRecordRoutes';
import { ItsmApiRouter } from '../../core/router/types';
import { RecordService } from '../../core/services/RecordService';
import {
  presentExercise,
  presentImpactAnalysis,
  presentRisk,
} from './continuityPresenters';
import { mountImpactAnalysisRoutes } from './impactAnalysisRoutes';

/**
 * Mounts the continuity records (chapter 9) on the shared record routes:
 * `/risks`, `/business-impact-analyses` and `/exercises`
 * (`/continuity-plans` in continuityPlanRoutes.ts).
 */
export function mountContinuityRoutes(
  router: ItsmApiRouter,
  deps: {
    records: RecordService;
    httpAuth: HttpAuthService;
    userInfo: UserInfoService;
    /** What a business impact analysis adds to its record routes. */
    analyses?: Omit<
      Parameters<typeof mountImpactAnalysisRoutes>[1],
      'httpAuth' | 'present'
    >;
  },
) {
  const shared = {
    records: deps.records,
    httpAuth: deps.httpAuth,
    userInfo: deps.userInfo,
  };
  mountRecordRoutes(router, {
    ...shared,
    type: 'risk',
    path: '/risks',
    present: presentRisk,
  });
  const presentAnalyses = mountRecordRoutes(router, {
    ...shared,
    type: 'impact-analysis',
    path: '/business-impact-analyses',
    present: presentImpactAnalysis,
  });
  if (deps.analyses) {
    mountImpactAnalysisRoutes(router, {
      ...deps.analyses,
      httpAuth: deps.httpAuth,
      present: presentAnalyses,
    });
  }
  // Continuity plans: continuityPlanRoutes.ts, with their own routes.
  mountRecordRoutes(router, {
    ...shared,
    type: 'exercise',
    path: '/exercises',
    present: presentExercise,
  });
}
