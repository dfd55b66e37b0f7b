import {
  HttpAuthService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { RecordService } from '../services/RecordService';
import { mountRecordRoutes } from './mountRecordRoutes';
import { presentRelease } from './presenters';
import { ItsmApiRouter } from './types';

/** Mounts `/releases`: the shared record routes, shown as releases. */
export function mountReleaseRoutes(
  router: ItsmApiRouter,
  deps: {
    records: RecordService;
    httpAuth: HttpAuthService;
    userInfo: UserInfoService;
  },
): void {
  mountRecordRoutes(router, {
    type: 'release',
    path: '/releases',
    records: deps.records,
    httpAuth: deps.httpAuth,
    userInfo: deps.userInfo,
    present: presentRelease,
  });
}
