import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { InputError, NotAllowedError } from '@backstage/errors';
import { UserInfoService } from '@backstage/backend-plugin-api';
import {
  ctx,
  members,
  setupRecordService,
} from '../__testUtils__/setupRecordService';
import { ChangeApprovalService } from './ChangeApprovalService';
import { ChangeStepService } from './ChangeStepService';
import { DeploymentGate } from './DeploymentGate';
import { ChangeCorrelationService } from './ChangeCorrelationService';
import { CatalogWindowReader } from '../catalog/CatalogWindowReader';
import { RecordConflictError } from './RecordConflictError';
import { CreateRecordInput, RequestContext } from './RecordService';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const as = (userRef: string): RequestContext => ({
  credentials: mockCredentials.user(userRef),
});
const olivia = as('user:default/olivia.ops');
const nina = as('user:default/nina.network');
const dan = as('user:default/dan.dba');
const paula = as('user:default/paula.lead');
const wes = as('user:default/wes.web');

/** Each user's groups, as the catalog's memberships give them. */
const userInfo: UserInfoService = {
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
const request: CreateRecordInput = {
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
const highRisk = {
  answers: {
    ...request.risk!.answers!,
    customerFacing: 'yes',
    downtime: 'yes',
    noBackout: 'yes',
  },
};

describe.each(databases.eachSupportedId())('change use cases on %p', id => {
  async function setup() {
    const env = await setupRecordService(databases, id);
    const approvals = new ChangeApprovalService({
      records: env.service,
      userInfo,
      conflicts: env.conflicts,
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

  it('walks a normal change from request to closure with its record on the timeline', async () => {
    const { service, approvals, move, impact } = await setup();
    const { record } = await service.create('change', request, ctx);
    expect(record).toMatchObject({
      ref: 'CHG-1',
      state: 'draft',
      priority: 'P4',
      reportedBy: 'user:default/pat.engineer',
      assignmentGroup: 'group:default/it-operations',
      window: {
        start: '2026-12-02T20:00:00.000Z',
        end: '2026-12-02T22:00:00.000Z',
      },
      fields: {
        model: 'normal',
        changeType: 'system',
        risk: { computed: 'low', level: 'low', score: 0 },
        plan: [
          {
            title: 'Build the new image',
            owner: 'user:default/pat.engineer',
            done: false,
          },
          { title: 'Roll out to production', done: false },
        ],
      },
    });

    const submitted = await move('submit', ctx);
    expect(submitted.state).toBe('submitted');
    // Acceptance is due two days (the configured deadline) after submission.
    expect(
      Date.parse(String(submitted.fields.acceptanceDueAt)) -
        Date.parse(String(submitted.fields.submittedAt)),
    ).toBe(2 * 24 * 3600_000);

    const accepted = await move('accept', olivia);
    expect(impact.analyze).toHaveBeenCalledWith(
      { entityRefs: ['component:default/checkout-service'] },
      olivia.credentials,
    );
    expect(accepted.fields.impact).toMatchObject({
      dependents: [{ entityRef: 'component:default/storefront', depth: 1 }],
      stakeholders: ['group:default/payments-team', 'group:default/web-team'],
    });

    await move('assess', olivia, {
      assessment: 'Low risk; storefront depends on it',
    });
    const waiting = await move('request_approval', olivia);
    expect(waiting.state).toBe('awaiting_approval');
    // Low risk: the owners of the affected entity approve, not the CAB.
    expect(waiting.fields.approval).toMatchObject({
      round: 1,
      status: 'pending',
      groups: [
        {
          key: 'owners',
          rule: { kind: 'all' },
          approvers: ['group:default/payments-team'],
        },
      ],
    });

    const approved = await approvals.decide(
      'CHG-1',
      { decision: 'approve', comment: 'Go' },
      paula,
    );
    expect(approved.state).toBe('scheduled');
    expect(approved.fields.approval).toMatchObject({
      status: 'approved',
      decisions: [
        {
          group: 'owners',
          approver: 'group:default/payments-team',
          decidedBy: 'user:default/paula.lead',
          decision: 'approve',
          comment: 'Go',
        },
      ],
    });

    await move('start', ctx);
    await move('complete', ctx);
    await expect(
      move('close', olivia, { outcome: 'successful' }),
    ).rejects.toThrow('satisfaction is required to close');
    const closed = await move('close', olivia, {
      outcome: 'successful_with_issues',
      satisfaction: '4',
      lessons: 'Pre-pull the image on every node',
    });
    expect(closed).toMatchObject({
      state: 'closed',
      closedAt: expect.any(String),
      fields: {
        outcome: 'successful_with_issues',
        satisfaction: '4',
        lessons: 'Pre-pull the image on every node',
        reviewedBy: 'user:default/olivia.ops',
      },
    });

    // Closed is archived: read-only.
    await expect(
      service.update(
        'change',
        'CHG-1',
        { version: closed.version, title: 'Rewritten history' },
        olivia,
      ),
    ).rejects.toThrow(
      'CHG-1 is closed and archived: its fields can no longer change',
    );

    const { events } = await service.timeline('change', 'CHG-1', {}, ctx);
    expect(
      events.map(e => (e.kind === 'transition' ? e.data.action : e.kind)),
    ).toEqual([
      'created',
      'submit',
      'accept',
      'assess',
      'request_approval',
      'approval',
      'start',
      'complete',
      'close',
    ]);
    expect(events[5]).toMatchObject({
      actor: 'user:default/paula.lead',
      data: {
        decision: 'approve',
        outcome: 'approved',
        from: 'awaiting_approval',
        to: 'scheduled',
      },
    });
  });

  it('asks the CAB for a quorum when the risk is high, and a rejection returns the change', async () => {
    const { service, approvals, move } = await setup();
    await service.create('change', { ...request, risk: highRisk }, ctx);
    await move('submit', ctx);
    await move('accept', olivia);
    await move('assess', olivia, { assessment: 'Needs downtime' });
    const waiting = await move('request_approval', olivia);
    expect(waiting.priority).toBe('P2');
    expect(
      (waiting.fields.approval as any).groups.map((g: any) => [
        g.key,
        g.rule.kind,
      ]),
    ).toEqual([
      ['owners', 'all'],
      ['cab', 'quorum'],
    ]);

    await approvals.decide('CHG-1', { decision: 'approve' }, paula);
    const one = await approvals.decide(
      'CHG-1',
      { decision: 'approve' },
      olivia,
    );
    expect(one.state).toBe('awaiting_approval');
    await expect(
      approvals.decide('CHG-1', { decision: 'approve' }, olivia),
    ).rejects.toThrow(InputError);
    await expect(
      approvals.decide('CHG-1', { decision: 'reject' }, nina),
    ).rejects.toThrow('comment is required to reject');
    const returned = await approvals.decide(
      'CHG-1',
      { decision: 'reject', comment: 'Not in the quarter close' },
      nina,
    );
    expect(returned).toMatchObject({
      state: 'draft',
      fields: {
        returnedReason: 'Not in the quarter close',
        approval: { status: 'rejected' },
      },
    });
    // Resubmitted, it goes through a fresh approval round.
    await move('submit', ctx);
    await move('accept', olivia);
    await move('assess', olivia, { assessment: 'Moved after the close' });
    const again = await move('request_approval', olivia);
    expect(again.fields.approval).toMatchObject({ round: 2, decisions: [] });
    expect(again.fields.returnedReason).toBeUndefined();
  });

  it('lets only the derived approvers decide, never the requester', async () => {
    const { service, approvals, move } = await setup();
    await service.create('change', request, ctx);
    await move('submit', ctx);
    await move('accept', olivia);
    await move('assess', olivia, { assessment: 'ok' });
    await move('request_approval', olivia);
    // Pat requested it, though their team owns the entity.
    await expect(
      approvals.decide('CHG-1', { decision: 'approve' }, ctx),
    ).rejects.toThrow(
      new NotAllowedError(
        'You requested CHG-1, so you may not approve or reject it',
      ),
    );
    await expect(
      approvals.decide('CHG-1', { decision: 'approve' }, wes),
    ).rejects.toThrow(
      /You are not an approver of CHG-1; it waits for Owners of the affected entities \(group:default\/payments-team\)/,
    );
    await expect(
      approvals.decide(
        'CHG-1',
        { decision: 'approve' },
        { credentials: mockCredentials.service('plugin:ci') },
      ),
    ).rejects.toThrow('Only a signed-in user can approve a change');
    expect((await service.get('change', 'CHG-1', ctx)).state).toBe(
      'awaiting_approval',
    );
  });

  it('lets one emergency CAB member approve an emergency, which must be reviewed before closing', async () => {
    const { service, approvals, move } = await setup();
    await service.create(
      'change',
      { ...request, model: 'emergency', changeType: 'emergency' },
      ctx,
    );
    await move('submit', ctx);
    await move('accept', olivia);
    // No written assessment in an emergency.
    const waiting = await move('request_approval', olivia);
    expect((waiting.fields.approval as any).groups).toEqual([
      expect.objectContaining({ key: 'ecab', rule: { kind: 'any' } }),
    ]);
    expect(
      (await approvals.decide('CHG-1', { decision: 'approve' }, dan)).state,
    ).toBe('scheduled');
    await move('start', ctx);
    await expect(move('close', ctx, { outcome: 'successful' })).rejects.toThrow(
      "Cannot close a record whose model is 'emergency'; only when it is standard or normal",
    );
    expect((await move('complete', ctx)).state).toBe('review');
  });

  it('schedules a standard change as it is submitted, from its template', async () => {
    const { service, move } = await setup();
    const { record } = await service.create(
      'change',
      {
        title: 'Restart checkout',
        description: 'Memory leak mitigation',
        entityRefs: ['component:checkout-service'],
        model: 'standard',
        template: 'restart-pod',
        window: request.window,
      },
      ctx,
    );
    expect(record.fields).toMatchObject({
      template: 'restart-pod',
      changeType: 'system',
      plan: [{ title: 'kubectl rollout restart', done: false }],
      risk: { level: 'low', preApproved: true },
    });
    const scheduled = await move('submit', ctx);
    expect(scheduled.state).toBe('scheduled');
    expect(scheduled.fields.scheduledAt).toBeDefined();
  });

  it('refuses a request that leaves out what the standard asks for, naming the field', async () => {
    const { service } = await setup();
    const refused = (overrides: Partial<CreateRecordInput>) =>
      service.create('change', { ...request, ...overrides }, ctx);
    await expect(refused({ model: 'major' })).rejects.toThrow(
      "model must be one of standard, normal, emergency, not 'major'",
    );
    await expect(
      refused({
        window: { start: '2026-12-02T20:00:00Z', end: '2026-12-02T19:00:00Z' },
      }),
    ).rejects.toThrow('window.end must be after window.start');
    await expect(
      refused({ window: { start: 'soon', end: '2026-12-02T19:00:00Z' } }),
    ).rejects.toThrow('window.start is not a date and time');
    await expect(refused({ plan: [] })).rejects.toThrow(
      'plan needs at least one step',
    );
    await expect(refused({ plan: [{ title: ' ' }] })).rejects.toThrow(
      'plan[0].title is required',
    );
    await expect(refused({ backoutPlan: '' })).rejects.toThrow(
      'backoutPlan is required',
    );
    await expect(
      refused({ risk: { answers: { downtime: 'no' } } }),
    ).rejects.toThrow(/^risk\.answers\.customerFacing: answer/);
    await expect(
      refused({ risk: { ...highRisk, stated: 'low' } }),
    ).rejects.toThrow(
      'risk.statedReason: say why the risk is low when the questionnaire gives high',
    );
    await expect(
      refused({ model: 'standard', template: 'reboot-world' }),
    ).rejects.toThrow('template must name a standard change (restart-pod)');
    await expect(refused({ changeType: 'emergency' })).rejects.toThrow(
      'model must be emergency for a change of type emergency',
    );
    // Nothing half-written: no change was stored.
    expect((await service.list('change', {}, ctx)).records).toEqual([]);
  });

  it('lets two approvers decide at once without losing either decision', async () => {
    const { service, approvals, move } = await setup();
    await service.create('change', { ...request, risk: highRisk }, ctx);
    await move('submit', ctx);
    await move('accept', olivia);
    await move('assess', olivia, { assessment: 'ok' });
    await move('request_approval', olivia);
    await Promise.all([
      approvals.decide('CHG-1', { decision: 'approve' }, olivia),
      approvals.decide('CHG-1', { decision: 'approve' }, dan),
      approvals.decide('CHG-1', { decision: 'approve' }, paula),
    ]);
    const change = await service.get('change', 'CHG-1', ctx);
    expect(change.state).toBe('scheduled');
    expect((change.fields.approval as any).decisions).toHaveLength(3);
  });

  it('lets the requester tick off plan steps while implementing, not someone else, and never on a stale version', async () => {
    const { service, move } = await setup();
    const steps = new ChangeStepService({ records: service, userInfo });
    await service.create(
      'change',
      { ...request, model: 'standard', template: 'restart-pod' },
      ctx,
    );
    await move('submit', ctx);
    const started = await move('start', ctx);
    await expect(
      steps.update(
        'CHG-1',
        { index: 0, done: true, version: started.version },
        // Wes neither works it (no update permission) nor requested it.
        { ...wes, access: { write: { kind: 'none' } } },
      ),
    ).rejects.toThrow(NotAllowedError);
    const ticked = await steps.update(
      'CHG-1',
      { index: 0, done: true, version: started.version },
      ctx,
    );
    expect((ticked.fields.plan as any)[0]).toMatchObject({
      title: 'Build the new image',
      done: true,
      doneBy: 'user:default/pat.engineer',
    });
    await expect(
      steps.update(
        'CHG-1',
        { index: 0, done: false, version: started.version },
        ctx,
      ),
    ).rejects.toThrow(RecordConflictError);
  });

  it('answers the deployment gate: yes only in the window of an approved change, outside freezes unless overridden', async () => {
    const { service, move, windows, windowReader } = await setup();
    const gate = new DeploymentGate({
      records: service,
      windows,
      windowReader: windowReader as unknown as CatalogWindowReader,
    });
    const ask = (at: string) =>
      gate.decide({ entityRef: 'component:checkout-service', at }, ctx);
    const during = '2026-12-02T21:00:00Z';
    await service.create(
      'change',
      { ...request, model: 'standard', template: 'restart-pod' },
      ctx,
    );
    expect(await ask(during)).toMatchObject({
      allowed: false,
      reason:
        'No approved change covers component:default/checkout-service at 2026-12-02T21:00:00.000Z',
    });
    await move('submit', ctx);
    expect(await ask(during)).toMatchObject({
      allowed: true,
      entityRef: 'component:default/checkout-service',
      change: { ref: 'CHG-1' },
    });
    expect((await ask('2026-12-02T22:00:00Z')).allowed).toBe(false);
    windows.push({
      name: 'Audit freeze',
      kind: 'freeze',
      start: '2026-12-02T20:30:00.000Z',
      durationMinutes: 60,
      source: 'config',
    });
    expect(await ask(during)).toMatchObject({
      allowed: false,
      reason: expect.stringContaining("is in the freeze 'Audit freeze'"),
      freezes: [{ name: 'Audit freeze' }],
    });
    await expect(
      gate.decide({ entityRef: 'component:checkout-service', at: 'now' }, ctx),
    ).rejects.toThrow('at must be a date and time');
  });

  it('suggests incidents opened during a change as possibly caused by it, on both records, until an agent decides; confirmed ones count against its success', async () => {
    const { service, move, reported } = await setup();
    const correlations = new ChangeCorrelationService({
      records: service,
      correlationMinutes: 60,
    });
    // The test clock starts at 10:00 and ticks a minute per write.
    await service.create(
      'change',
      {
        ...request,
        model: 'standard',
        template: 'restart-pod',
        window: { start: '2026-11-28T09:00:00Z', end: '2026-11-28T10:05:00Z' },
      },
      ctx,
    );
    await move('submit', ctx);
    await move('start', ctx);
    const first = await reported();
    const second = await reported({ title: 'Slow checkout' });
    await reported({ entityRefs: ['resource:payments-db'] });
    const refs = (list: { ref: string }[]) => list.map(r => r.ref);

    const forChange = await correlations.forChange('CHG-1', ctx);
    expect(refs(forChange.suggested).sort()).toEqual(
      [first.ref, second.ref].sort(),
    );
    expect(
      refs((await correlations.forIncident(first.ref, ctx)).suggested),
    ).toEqual(['CHG-1']);

    await expect(
      correlations.decide(
        'CHG-1',
        { incident: first.ref, decision: 'confirm' },
        { ...wes, access: { write: { kind: 'none' } } },
      ),
    ).rejects.toThrow(NotAllowedError);
    await expect(
      correlations.decide(
        'CHG-1',
        { incident: 'INC-3', decision: 'confirm' },
        ctx,
      ),
    ).rejects.toThrow(
      'incident: INC-3 is not among the incidents suggested for CHG-1',
    );

    const confirmed = await correlations.decide(
      'CHG-1',
      { incident: first.ref, decision: 'confirm' },
      ctx,
    );
    expect(refs(confirmed.confirmed)).toEqual([first.ref]);
    const dismissed = await correlations.decide(
      'CHG-1',
      { incident: second.ref, decision: 'dismiss' },
      ctx,
    );
    expect(refs(dismissed.suggested)).toEqual([]);
    expect(refs(dismissed.dismissed)).toEqual([second.ref]);
    expect(
      refs((await correlations.forIncident(first.ref, ctx)).confirmed),
    ).toEqual(['CHG-1']);
    expect(
      refs((await correlations.forIncident(second.ref, ctx)).dismissed),
    ).toEqual(['CHG-1']);

    await expect(move('close', ctx, { outcome: 'successful' })).rejects.toThrow(
      `outcome: ${first.ref} was confirmed as caused by CHG-1`,
    );
    const closed = await move('close', ctx, {
      outcome: 'successful_with_issues',
    });
    expect(closed.fields.causedIncidents).toEqual([first.ref]);
  });

  describe('windows and conflicts', () => {
    const freeze = {
      name: 'Release freeze',
      kind: 'freeze' as const,
      start: '2026-12-02T00:00:00.000Z',
      durationMinutes: 24 * 60,
      source: 'config',
    };

    it('refuses to submit a change whose window falls in a freeze, unless overridden with a justification', async () => {
      const { service, move, windows } = await setup();
      windows.push(freeze);
      await service.create('change', request, ctx);
      await expect(move('submit', ctx)).rejects.toThrow(
        /^freezeOverride: the window of CHG-1 falls in the freeze 'Release freeze'/,
      );
      expect((await service.get('change', 'CHG-1', ctx)).state).toBe('draft');
      const submitted = await move('submit', ctx, {
        freezeOverride: 'PCI fix, due before the audit',
      });
      expect(submitted).toMatchObject({
        state: 'submitted',
        fields: {
          conflicts: [{ kind: 'freeze', name: 'Release freeze' }],
          freezeOverride: {
            justification: 'PCI fix, due before the audit',
            by: 'user:default/pat.engineer',
            freezes: ['Release freeze@2026-12-02T00:00:00.000Z'],
          },
        },
      });
      const { events } = await service.timeline('change', 'CHG-1', {}, ctx);
      expect(events.at(-1)?.data).toMatchObject({
        action: 'submit',
        freezeOverride: 'PCI fix, due before the audit',
      });
    });

    it('records other changes on related entities at the same time, without blocking', async () => {
      const { service, move, impact } = await setup();
      await service.create('change', request, ctx);
      await move('submit', ctx);
      // A second change on the dependant, overlapping the first's window.
      await service.create(
        'change',
        {
          ...request,
          title: 'Storefront CDN switch',
          entityRefs: ['component:checkout-service'],
          window: {
            start: '2026-12-02T21:00:00Z',
            end: '2026-12-02T23:00:00Z',
          },
        },
        ctx,
      );
      expect(impact.analyze).toHaveBeenCalled();
      const current = await service.get('change', 'CHG-2', ctx);
      const second = await service.transition(
        'change',
        'CHG-2',
        { action: 'submit', version: current.version },
        ctx,
      );
      expect(second).toMatchObject({
        state: 'submitted',
        fields: {
          conflicts: [
            {
              kind: 'overlap',
              ref: 'CHG-1',
              entityRefs: ['component:default/checkout-service'],
            },
          ],
        },
      });
    });

    it('checks the window again when the change is scheduled: a freeze declared since blocks the last approval', async () => {
      const { service, approvals, move, windows } = await setup();
      await service.create('change', request, ctx);
      await move('submit', ctx);
      await move('accept', olivia);
      await move('assess', olivia, { assessment: 'ok' });
      await move('request_approval', olivia);
      windows.push({ ...freeze, name: 'Audit freeze' });
      await expect(
        approvals.decide('CHG-1', { decision: 'approve' }, paula),
      ).rejects.toThrow(/falls in the freeze 'Audit freeze'/);
      const change = await service.get('change', 'CHG-1', ctx);
      expect(change.state).toBe('awaiting_approval');
      expect((change.fields.approval as any).decisions).toEqual([]);
    });
  });
});
