import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { NotAllowedError } from '@backstage/errors';
import { ctx } from '../../__testUtils__/setupRecordService';
import {
  request,
  setupChangeUseCases,
  userInfo,
  wes,
} from '../__testUtils__/setupChangeUseCases';
import { ChangeCorrelationService } from './ChangeCorrelationService';
import { ChangeStepService } from './ChangeStepService';
import { RecordConflictError } from '../../core/services/RecordConflictError';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())('implementing changes on %p', id => {
  const setup = () => setupChangeUseCases(databases, id);

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

  it('suggests incidents opened during a change as possibly caused by it, on both records, until an agent decides; confirmed ones count against its success', async () => {
    const { service, move, reported } = await setup();
    const correlations = new ChangeCorrelationService({
      records: service,
      auditor: mockServices.auditor.mock(),
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
});
