import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  itsmRecordCreatePermission,
  itsmRecordReadPermission,
  itsmRecordUpdatePermission,
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

  it('lets the service desk work every record', async () => {
    const decide = policyFor('user:default/sam.agent', [
      'group:default/service-desk',
    ]);
    expect(await decide(itsmRecordUpdatePermission)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
  });

  it('lets others work what affects their entities or what they reported', async () => {
    const decide = policyFor('user:default/pat.engineer', [
      'group:default/payments-team',
    ]);
    expect(await decide(itsmRecordUpdatePermission)).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'itsm',
      resourceType: 'itsm-record',
      conditions: {
        anyOf: [
          {
            rule: 'IS_AFFECTED_ENTITY_OWNER',
            resourceType: 'itsm-record',
            params: {
              claims: [
                'user:default/pat.engineer',
                'group:default/payments-team',
              ],
            },
          },
          {
            rule: 'IS_REPORTER',
            resourceType: 'itsm-record',
            params: { claims: ['user:default/pat.engineer'] },
          },
        ],
      },
    });
  });
});
