import { TestDatabases } from '@backstage/backend-test-utils';
import { ConflictError, NotAllowedError } from '@backstage/errors';
import { mockCredentials } from '@backstage/backend-test-utils';
import { ctx } from '../../__testUtils__/setupRecordService';
import {
  dan,
  highRisk,
  nina,
  olivia,
  paula,
  request,
  setupChangeUseCases,
  wes,
} from '../__testUtils__/setupChangeUseCases';
import { CreateRecordInput } from '../../core/services/RecordService';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())('the change workflow on %p', id => {
  const setup = () => setupChangeUseCases(databases, id);

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
      // The checkout service is under an agreement; the storefront is not.
      servicesUnderSla: [
        {
          entityRef: 'component:default/checkout-service',
          agreement: { id: 'payments-gold', name: 'Payments Gold' },
        },
      ],
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
      'title: CHG-1 is closed, so its fields can no longer change',
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
    ).rejects.toThrow(ConflictError);
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
        'You requested CHG-1, so you may not approve or reject it (segregation of duties)',
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
});
