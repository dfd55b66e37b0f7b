import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  itsmRecordCommentPermission,
  itsmRecordCreatePermission,
  itsmRecordReportOnBehalfPermission,
  itsmRecordReadPermission,
  itsmRecordUpdatePermission,
  itsmRecordWorkNotePermission,
} from '@backstage-itsm/plugin-itsm-common';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  PolicyDecision,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import { createConditionTransformer } from '@backstage/plugin-permission-node';
import { RecordFilter } from '../database/RecordStore';
import {
  createItsmRecordConditionalDecision,
  itsmRecordConditions,
} from '../permissions/conditionExports';
import { recordPermissionRules } from '../permissions/rules';
import { mockRecordService } from '../__testUtils__/mockRecordService';
import { AuthorizedRecordService } from './AuthorizedRecordService';
import { RecordService, RequestContext } from './RecordService';

const rules = Object.values(recordPermissionRules);
const transform = createConditionTransformer<RecordFilter>({
  getRuleByName: (name: string) => {
    const rule = rules.find(r => r.name === name);
    if (!rule) throw new Error(`no rule ${name}`);
    return rule;
  },
});

const credentials = mockCredentials.user('user:default/pat.engineer');
const ctx: RequestContext = { credentials };

const ALLOW: PolicyDecision = { result: AuthorizeResult.ALLOW };
const DENY: PolicyDecision = { result: AuthorizeResult.DENY };

function ownersOnly(permission: ResourcePermission): PolicyDecision {
  return createItsmRecordConditionalDecision(
    permission as ResourcePermission<'itsm-record'>,
    {
      anyOf: [
        itsmRecordConditions.isReporter({
          claims: ['user:default/pat.engineer'],
        }),
        itsmRecordConditions.isAffectedEntityOwner({
          claims: ['user:default/pat.engineer', 'group:default/payments-team'],
        }),
      ],
    },
  );
}

/** What the conditions of ownersOnly mean in SQL. */
const ownersOnlyCriteria = {
  anyOf: [
    { kind: 'reportedBy', userRefs: ['user:default/pat.engineer'] },
    {
      kind: 'affectedEntityOwnedBy',
      ownerRefs: ['user:default/pat.engineer', 'group:default/payments-team'],
    },
  ],
};

function setup() {
  const inner = mockRecordService();
  const permissions = mockServices.permissions.mock();
  /** Answers each conditional request by its permission's name. */
  function decide(
    byName: Record<string, (p: ResourcePermission) => PolicyDecision>,
  ) {
    permissions.authorizeConditional.mockImplementation(async requests =>
      requests.map(r => {
        const decision = byName[r.permission.name];
        if (!decision) throw new Error(`unexpected ${r.permission.name}`);
        return decision(r.permission) as any;
      }),
    );
  }
  const service = new AuthorizedRecordService(inner, permissions, transform);
  return { inner, permissions, decide, service };
}

const allow = () => ALLOW;
const deny = () => DENY;

/** The same decision for every record permission. */
function allOf(decision: (p: ResourcePermission) => PolicyDecision) {
  return Object.fromEntries(
    [
      itsmRecordReadPermission,
      itsmRecordUpdatePermission,
      itsmRecordCommentPermission,
      itsmRecordWorkNotePermission,
    ].map(p => [p.name, decision]),
  );
}

describe('AuthorizedRecordService', () => {
  describe('create', () => {
    const input = {
      title: 'Checkout fails',
      description: '',
      priority: 'P2' as const,
      entityRefs: [],
    };

    it('refuses with 403 and does nothing when the policy denies reporting', async () => {
      const { inner, permissions, service } = setup();
      permissions.authorize.mockResolvedValue([DENY]);
      await expect(service.create('incident', input, ctx)).rejects.toThrow(
        NotAllowedError,
      );
      expect(inner.create).not.toHaveBeenCalled();
      expect(permissions.authorize).toHaveBeenCalledWith(
        [{ permission: itsmRecordCreatePermission }],
        { credentials },
      );
    });

    it('hands an allowed report to the inner service unchanged', async () => {
      const { inner, permissions, service } = setup();
      permissions.authorize.mockResolvedValue([ALLOW]);
      const result = { record: { ref: 'INC-1' } as any, created: true };
      inner.create.mockResolvedValue(result);
      const withKey = { ...ctx, idempotencyKey: 'form-42' };
      await expect(service.create('incident', input, withKey)).resolves.toBe(
        result,
      );
      expect(inner.create).toHaveBeenCalledWith('incident', input, withKey);
    });

    it('asks for report-on-behalf only when someone else is named, and no channel vouches for them', async () => {
      const { inner, permissions, service } = setup();
      permissions.authorize.mockImplementation(async requests =>
        requests.map(r =>
          r.permission === itsmRecordCreatePermission ? ALLOW : DENY,
        ),
      );
      inner.create.mockResolvedValue({ record: {} as any, created: true });
      const forGrace = { ...input, reportedBy: 'user:default/grace.ceo' };
      await expect(service.create('incident', forGrace, ctx)).rejects.toThrow(
        /^reportedBy: you may report only in your own name/,
      );
      expect(permissions.authorize).toHaveBeenLastCalledWith(
        [
          { permission: itsmRecordCreatePermission },
          { permission: itsmRecordReportOnBehalfPermission },
        ],
        { credentials },
      );
      await service.create(
        'incident',
        { ...input, reportedBy: 'Pat.Engineer' },
        ctx,
      );
      await service.create('incident', forGrace, {
        ...ctx,
        verifiedReporter: 'user:default/grace.ceo',
      });
      expect(inner.create).toHaveBeenCalledTimes(2);
    });
  });

  const everyPermission = [
    { permission: itsmRecordReadPermission },
    { permission: itsmRecordUpdatePermission },
    { permission: itsmRecordCommentPermission },
    { permission: itsmRecordWorkNotePermission },
  ];

  describe.each([
    ['get', (s: RecordService) => s.get('incident', 'INC-1', ctx)],
    ['list', (s: RecordService) => s.list('incident', {}, ctx)],
    ['counts', (s: RecordService) => s.counts('incident', {}, ctx)],
    [
      'timeline',
      (s: RecordService) => s.timeline('incident', 'INC-1', {}, ctx),
    ],
    ['links', (s: RecordService) => s.links('incident', 'INC-1', ctx)],
    [
      'update',
      (s: RecordService) =>
        s.update('incident', 'INC-1', { version: 1, title: 'x' }, ctx),
    ],
    [
      'transition',
      (s: RecordService) =>
        s.transition('incident', 'INC-1', { action: 'start', version: 1 }, ctx),
    ],
    [
      'link',
      (s: RecordService) =>
        s.link(
          'incident',
          'INC-1',
          { target: 'INC-2', kind: 'relates-to' },
          ctx,
        ),
    ],
    [
      'comment',
      (s: RecordService) =>
        s.comment('incident', 'INC-1', { body: 'Looking' }, ctx),
    ],
  ] as const)('%s', (method, call) => {
    function innerCtx(inner: jest.Mocked<RecordService>): RequestContext {
      const calls = inner[method].mock.calls;
      expect(calls).toHaveLength(1);
      return calls[0][calls[0].length - 1] as RequestContext;
    }

    it('asks for every record permission in one call, with the caller credentials', async () => {
      const { permissions, decide, service } = setup();
      decide(allOf(allow));
      await call(service);
      expect(permissions.authorizeConditional).toHaveBeenCalledTimes(1);
      expect(permissions.authorizeConditional).toHaveBeenCalledWith(
        everyPermission,
        { credentials },
      );
    });

    it('lets everything through on ALLOW', async () => {
      const { inner, decide, service } = setup();
      decide(allOf(allow));
      await call(service);
      const passed = innerCtx(inner);
      expect(passed.access).toEqual({});
      expect(passed.credentials).toBe(credentials);
    });

    it('keeps each decision with its own kind of access, in SQL terms', async () => {
      const { inner, decide, service } = setup();
      decide({
        [itsmRecordReadPermission.name]: allow,
        [itsmRecordUpdatePermission.name]: deny,
        [itsmRecordCommentPermission.name]: ownersOnly,
        [itsmRecordWorkNotePermission.name]: deny,
      });
      await call(service);
      expect(innerCtx(inner).access).toEqual({
        write: { kind: 'none' },
        comment: ownersOnlyCriteria,
        workNote: { kind: 'none' },
      });
    });
  });

  it('asks once per request: a use case and the allowed actions of its answer share it', async () => {
    const { permissions, decide, service } = setup();
    decide(allOf(allow));
    const request: RequestContext = { credentials };
    await service.list('incident', {}, request);
    await service.allowedActions([], request);
    expect(permissions.authorizeConditional).toHaveBeenCalledTimes(1);
    await service.list('incident', {}, { credentials });
    expect(permissions.authorizeConditional).toHaveBeenCalledTimes(2);
  });

  it('passes the answer and the errors of the inner service on', async () => {
    const { inner, decide, service } = setup();
    decide(allOf(allow));
    const record = { ref: 'INC-1' } as any;
    inner.get.mockResolvedValueOnce(record);
    await expect(service.get('incident', 'INC-1', ctx)).resolves.toBe(record);
    inner.get.mockRejectedValueOnce(
      new NotAllowedError('You may not see INC-1'),
    );
    await expect(service.get('incident', 'INC-1', ctx)).rejects.toThrow(
      'You may not see INC-1',
    );
  });
});
