import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  itsmContinuityManagePermission,
  itsmImprovementManagePermission,
  itsmRecordCommentPermission,
  itsmRecordCreatePermission,
  itsmRecordReadPermission,
  itsmRecordReportOnBehalfPermission,
  itsmRecordUpdatePermission,
  itsmRecordWorkNotePermission,
  itsmServiceDeskUsePermission,
  itsmSlaReviewPermission,
} from '@backstage-itsm/plugin-itsm-common';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { DemoPermissionPolicy } from './DemoPermissionPolicy';

function policyFor(user: string, groups: string[]) {
  const userInfo = mockServices.userInfo({
    userEntityRef: user,
    ownershipEntityRefs: [user, ...groups],
  });
  const policy = new DemoPermissionPolicy(userInfo);
  const asUser = {
    credentials: mockCredentials.user(user),
    info: { userEntityRef: user, ownershipEntityRefs: [user, ...groups] },
  };
  return (permission: any) => policy.handle({ permission }, asUser);
}

describe('DemoPermissionPolicy', () => {
  it('lets everyone read and report', async () => {
    const decide = policyFor('user:default/wes.web', [
      'group:default/web-team',
    ]);
    expect(await decide(itsmRecordReadPermission)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
    expect(await decide(itsmRecordCreatePermission)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
  });

  it('lets IT Operations, and nobody else, review service level agreements', async () => {
    const olivia = policyFor('user:default/olivia.ops', [
      'group:default/it-operations',
    ]);
    expect(await olivia(itsmSlaReviewPermission)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
    const paula = policyFor('user:default/paula.lead', [
      'group:default/payments-team',
    ]);
    expect(await paula(itsmSlaReviewPermission)).toEqual({
      result: AuthorizeResult.DENY,
    });
  });

  it('lets the continuity managers, and nobody else, record continuity records', async () => {
    const carla = policyFor('user:default/carla.continuity', [
      'group:default/continuity-managers',
    ]);
    expect(await carla(itsmContinuityManagePermission)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
    for (const [name, groups] of [
      ['olivia.ops', ['group:default/it-operations', 'group:default/cab']],
      ['sam.agent', ['group:default/service-desk']],
      ['paula.lead', ['group:default/payments-team']],
    ] as const) {
      const other = policyFor(`user:default/${name}`, [...groups]);
      expect(await other(itsmContinuityManagePermission)).toEqual({
        result: AuthorizeResult.DENY,
      });
    }
  });

  it('lets IT Operations, and nobody else, manage continual improvement', async () => {
    const olivia = policyFor('user:default/olivia.ops', [
      'group:default/it-operations',
      'group:default/cab',
    ]);
    expect(await olivia(itsmImprovementManagePermission)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
    for (const [name, groups] of [
      ['carla.continuity', ['group:default/continuity-managers']],
      ['sam.agent', ['group:default/service-desk']],
      ['paula.lead', ['group:default/payments-team']],
    ] as const) {
      const other = policyFor(`user:default/${name}`, [...groups]);
      expect(await other(itsmImprovementManagePermission)).toEqual({
        result: AuthorizeResult.DENY,
      });
    }
  });

  it('lets the service desk, and nobody else, report for someone else', async () => {
    const sam = policyFor('user:default/sam.agent', [
      'group:default/service-desk',
    ]);
    expect(await sam(itsmRecordReportOnBehalfPermission)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
    const wes = policyFor('user:default/wes.web', ['group:default/web-team']);
    expect(await wes(itsmRecordReportOnBehalfPermission)).toEqual({
      result: AuthorizeResult.DENY,
    });
  });

  it.each([
    ['sam.agent', 'service-desk'],
    ['pat.engineer', 'payments-team'],
    ['priya.platform', 'platform-team'],
    ['wes.web', 'web-team'],
    ['nina.network', 'network-ops'],
    ['dan.dba', 'dba-team'],
  ])(
    'opens the service desk queues to %s of %s, a group incidents are routed to',
    async (name, group) => {
      const decide = policyFor(`user:default/${name}`, [
        `group:default/${group}`,
      ]);
      expect(await decide(itsmServiceDeskUsePermission)).toEqual({
        result: AuthorizeResult.ALLOW,
      });
    },
  );

  it.each([
    ['grace.ceo', ['group:default/acme']],
    ['olivia.ops', ['group:default/it-operations', 'group:default/cab']],
    ['ravi.release', ['group:default/release-managers']],
    ['guest', []],
  ])(
    'shows %s, who works no incident queue, My requests instead',
    async (name, groups) => {
      const decide = policyFor(`user:default/${name}`, groups);
      expect(await decide(itsmServiceDeskUsePermission)).toEqual({
        result: AuthorizeResult.DENY,
      });
    },
  );

  it('lets the service desk work every record', async () => {
    const decide = policyFor('user:default/sam.agent', [
      'group:default/service-desk',
    ]);
    expect(await decide(itsmRecordUpdatePermission)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
  });

  const pat = 'user:default/pat.engineer';
  const patClaims = [pat, 'group:default/payments-team'];
  const rule = (name: string, claims: string[]) => ({
    rule: name,
    resourceType: 'itsm-record',
    params: { claims },
  });
  const conditional = (anyOf: unknown[]) => ({
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'itsm',
    resourceType: 'itsm-record',
    conditions: { anyOf },
  });

  it('lets others work only what is assigned to them or their groups', async () => {
    const decide = policyFor(pat, ['group:default/payments-team']);
    expect(await decide(itsmRecordUpdatePermission)).toEqual(
      conditional([
        rule('IS_ASSIGNEE', [pat]),
        rule('IS_IN_ASSIGNMENT_GROUP', patClaims),
      ]),
    );
  });

  it('lets others reply on what they work, own or reported', async () => {
    const decide = policyFor(pat, ['group:default/payments-team']);
    expect(await decide(itsmRecordCommentPermission)).toEqual(
      conditional([
        rule('IS_ASSIGNEE', [pat]),
        rule('IS_IN_ASSIGNMENT_GROUP', patClaims),
        rule('IS_AFFECTED_ENTITY_OWNER', patClaims),
        rule('IS_REPORTER', [pat]),
      ]),
    );
  });

  it('shows work notes to those who work or own, not to reporters', async () => {
    const decide = policyFor(pat, ['group:default/payments-team']);
    expect(await decide(itsmRecordWorkNotePermission)).toEqual(
      conditional([
        rule('IS_ASSIGNEE', [pat]),
        rule('IS_IN_ASSIGNMENT_GROUP', patClaims),
        rule('IS_AFFECTED_ENTITY_OWNER', patClaims),
      ]),
    );
  });
});
