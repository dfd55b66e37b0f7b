import {
  HttpAuthService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { mountRecordRoutes } from '../../core/router/mountRecordRoutes';
import { ItsmApiRouter } from '../../core/router/types';
import { StoredRecord } from '../../core/database/RecordStore';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';
import { ContinuityInvocations } from '../services/ContinuityInvocations';
import { ExercisePlanning } from '../services/ExercisePlanning';
import { ExerciseRuns } from '../services/ExerciseRuns';
import { mountExerciseRoutes } from './exerciseRoutes';
import { mountInvocationRoutes } from './invocationRoutes';
import {
  presentExercise,
  presentImpactAnalysis,
  presentRisk,
} from './continuityPresenters';
import { mountImpactAnalysisRoutes } from './impactAnalysisRoutes';

/**
 * Mounts the continuity records (chapter 9) on the shared record routes:
 * `/risks`, `/business-impact-analyses` and `/exercises` (with an
 * exercise's own create, steps and findings), and the plans invoked from
 * a major incident (`/incidents/{id}/continuity-*`); `/continuity-plans`
 * in continuityPlanRoutes.ts.
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
    planning: ExercisePlanning;
    runs: ExerciseRuns;
    invocations: ContinuityInvocations;
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
  const presentExercises = (list: StoredRecord[], ctx: RequestContext) =>
    deps.records
      .allowedActions(list, ctx)
      .then(allowed => list.map(r => presentExercise(r, allowed.get(r.id))));
  // Ahead of the shared routes: an exercise's create is its own.
  mountExerciseRoutes(router, {
    planning: deps.planning,
    runs: deps.runs,
    httpAuth: deps.httpAuth,
    present: presentExercises,
  });
  mountRecordRoutes(router, {
    ...shared,
    type: 'exercise',
    path: '/exercises',
    present: presentExercise,
  });
  mountInvocationRoutes(router, {
    invocations: deps.invocations,
    httpAuth: deps.httpAuth,
  });
}
