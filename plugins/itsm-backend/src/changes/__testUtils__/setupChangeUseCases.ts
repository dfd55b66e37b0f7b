import { UserInfoService } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { checkWindowOnScheduling } from '../services/checkChangeWindow';
import { ChangeIntakeInput } from '../domain/planChangeIntake';
import { ApprovalService } from '../../core/services/ApprovalService';
import {
  CreateRecordInput,
  RequestContext,
} from '../../core/services/RecordService';
import {
  ctx,
  members,
  setupRecordService,
} from '../../__testUtils__/setupRecordService';

/** A request as the given user makes it. */
export const as = (userRef: string): RequestContext => ({
  credentials: mockCredentials.user(userRef),
});
export const olivia = as('user:default/olivia.ops');
export const nina = as('user:default/nina.network');
export const dan = as('user:default/dan.dba');
export const paula = as('user:default/paula.lead');
export const wes = as('user:default/wes.web');

/** Each user's groups, as the catalog's memberships give them. */
export const userInfo: UserInfoService = {
  async getUserInfo(credentials) {
    const userEntityRef = (credentials.principal as { userEntityRef: string })
      .userEntityRef;
    const groups = Object.keys(members).filter(group =>
      members[group].includes(userEntityRef),
    );
    return { userEntityRef, ownershipEntityRefs: [userEntityRef, ...groups] };
  },
};

/** A normal change with every answer of the questionnaire "no": low risk. */
export const request: CreateRecordInput & ChangeIntakeInput = {
  title: 'Upgrade checkout to Node 22',
  description: 'Move the checkout service to the Node 22 base image',
  entityRefs: ['component:checkout-service'],
  model: 'normal',
  changeType: 'system',
  reason: 'Node 20 leaves support in April',
  window: { start: '2026-12-02T20:00:00Z', end: '2026-12-02T22:00:00Z' },
  plan: [
    { title: 'Build the new image', owner: 'user:default/pat.engineer' },
    { title: 'Roll out to production' },
  ],
  backoutPlan: 'Roll back to the previous image tag',
  testPlan: 'Smoke test a payment in staging',
  risk: {
    answers: {
      customerFacing: 'no',
      downtime: 'no',
      data: 'no',
      untested: 'no',
      noBackout: 'no',
      reach: 'none',
    },
  },
};
export const highRisk = {
  answers: {
    ...request.risk!.answers!,
    customerFacing: 'yes',
    downtime: 'yes',
    noBackout: 'yes',
  },
};

/**
 * The record service of setupRecordService with the approval service, and
 * `move`, which makes a workflow move on CHG-1 based on its current version.
 */
export async function setupChangeUseCases(
  databases: TestDatabases,
  id: TestDatabaseId,
  extras: Parameters<typeof setupRecordService>[2] = {},
) {
  const env = await setupRecordService(databases, id, extras);
  const approvals = new ApprovalService({
    type: 'change',
    records: env.service,
    userInfo,
    onScheduled: checkWindowOnScheduling(env.conflicts),
  });
  const move = async (
    action: string,
    who: RequestContext,
    body: Record<string, unknown> = {},
  ) => {
    const current = await env.service.get('change', 'CHG-1', ctx);
    return env.service.transition(
      'change',
      'CHG-1',
      { action, version: current.version, ...body },
      who,
    );
  };
  return { ...env, approvals, move };
}
