import { TestDatabases } from '@backstage/backend-test-utils';
import {
  iris,
  startImprovementBackend,
  wes,
} from '../__testUtils__/startImprovementBackend';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())('improvement records on %p', id => {
  let call: Awaited<ReturnType<typeof startImprovementBackend>>['call'];
  beforeAll(async () => {
    ({ call } = await startImprovementBackend(databases, id));
  });

  it('numbers improvement items and training sessions each on their own', async () => {
    const item = await call(wes).post('/improvements', {
      title: 'Runbook for the checkout timeout',
      description: 'The desk escalates every checkout timeout to L2',
      entityRefs: ['component:default/checkout-service'],
      source: 'manual',
      indicatorId: 'incident-escalation-rate',
      baseline: 42,
      target: 20,
      dueDate: '2027-03-31',
    });
    expect(item.status).toBe(201);
    expect(item.body).toMatchObject({
      ref: 'IMP-1',
      type: 'improvement',
      state: 'proposed',
      source: 'manual',
      indicatorId: 'incident-escalation-rate',
      baseline: 42,
      target: 20,
      owner: 'group:default/payments-team',
    });
    const unowned = await call(wes).post('/improvements', {
      title: 'Shorter survey',
      description: '',
      entityRefs: [],
    });
    expect(unowned.body).toMatchObject({
      ref: 'IMP-2',
      owner: wes,
      assignee: wes,
    });
    const training = await call(iris).post('/trainings', {
      title: 'Problem management for L2',
      description: 'Root cause methods',
      entityRefs: [],
      process: 'problems',
      attendees: ['group:default/payments-team'],
    });
    expect(training.status).toBe(201);
    expect(training.body).toMatchObject({ ref: 'TRN-1', state: 'planned' });
  });

  it('names the field of a bad improvement item', async () => {
    const unknown = await call(wes).post('/improvements', {
      title: 'x',
      description: '',
      entityRefs: [],
      indicatorId: 'happiness',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/^indicatorId/);
    const orphan = await call(wes).post('/improvements', {
      title: 'x',
      description: '',
      entityRefs: [],
      baseline: 3,
    });
    expect(orphan.status).toBe(400);
    expect(orphan.body.error.message).toMatch(/^baseline/);
    const sourceless = await call(wes).post('/improvements', {
      title: 'x',
      description: '',
      entityRefs: [],
      source: 'problem',
    });
    expect(sourceless.status).toBe(400);
    expect(sourceless.body.error.message).toMatch(/^sourceRef/);
  });

  it('lets only improvement managers record training', async () => {
    const denied = await call(wes).post('/trainings', {
      title: 'Change management basics',
      description: '',
      entityRefs: [],
    });
    expect(denied.status).toBe(403);
    expect(denied.body.error.message).toMatch(/itsm\.improvement\.manage/);
  });
});
