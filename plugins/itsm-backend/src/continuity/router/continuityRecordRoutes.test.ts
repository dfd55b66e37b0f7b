import { TestDatabases } from '@backstage/backend-test-utils';
import {
  carla,
  startContinuityBackend,
  wes,
} from '../__testUtils__/startContinuityBackend';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())('continuity records on %p', id => {
  let call: Awaited<ReturnType<typeof startContinuityBackend>>['call'];
  beforeAll(async () => {
    ({ call } = await startContinuityBackend(databases, id));
  });

  it('numbers each continuity type on its own and owns it by its first entity', async () => {
    const risk = await call(carla).post('/risks', {
      title: 'Single database server for payments',
      description: 'payments-db runs on one host',
      entityRefs: ['resource:default/payments-db'],
      area: 'hardware',
    });
    expect(risk.status).toBe(201);
    expect(risk.body).toMatchObject({
      ref: 'RSK-1',
      type: 'risk',
      state: 'identified',
      area: 'hardware',
      owner: 'group:default/payments-team',
      assignmentGroup: 'group:default/payments-team',
    });
    const plan = await call(carla).post('/continuity-plans', {
      title: 'Payments platform continuity plan',
      description: '',
      entityRefs: ['system:default/payments'],
      owner: 'user:default/paula.lead',
    });
    expect(plan.body).toMatchObject({
      ref: 'CP-1',
      state: 'draft',
      owner: 'user:default/paula.lead',
      assignee: 'user:default/paula.lead',
    });
    const bia = await call(carla).post('/business-impact-analyses', {
      title: 'Checkout',
      description: '',
      entityRefs: ['component:default/checkout-service'],
    });
    expect(bia.body).toMatchObject({ ref: 'BIA-1', state: 'draft' });
    const drill = await call(carla).post('/exercises', {
      title: 'Simulate losing payments-db',
      description: '',
      entityRefs: ['resource:default/payments-db'],
      kind: 'simulation',
    });
    expect(drill.body).toMatchObject({ ref: 'EX-1', kind: 'simulation' });
    const second = await call(carla).post('/risks', {
      title: 'Key person: one DBA',
      description: '',
      entityRefs: ['resource:default/payments-db'],
      area: 'people',
    });
    expect(second.body.ref).toBe('RSK-2');
    const listed = await call(wes).get('/risks?sort=newest');
    expect(listed.body.items.map((r: any) => r.ref)).toEqual([
      'RSK-2',
      'RSK-1',
    ]);
  });

  it('lets only continuity managers record them, and names a bad field', async () => {
    const refused = await call(wes).post('/risks', {
      title: 'Flood in the server room',
      description: '',
      entityRefs: ['resource:default/payments-db'],
      area: 'external',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/itsm\.continuity\.manage/);
    const badArea = await call(carla).post('/risks', {
      title: 'Flood in the server room',
      description: '',
      entityRefs: ['resource:default/payments-db'],
      area: 'weather',
    });
    expect(badArea.status).toBe(400);
    expect(badArea.body.error.message).toMatch(/area/);
    const badOwner = await call(carla).post('/continuity-plans', {
      title: 'Plan',
      description: '',
      entityRefs: ['system:default/payments'],
      owner: 'payments-team',
    });
    expect(badOwner.status).toBe(400);
    expect(badOwner.body.error.message).toMatch(/^owner/);
    const nobody = await call(carla).post('/risks', {
      title: 'Flood in the server room',
      description: '',
      entityRefs: ['resource:default/payments-db'],
      area: 'external',
      owner: 'user:default/nobody',
    });
    expect(nobody.status).toBe(400);
    expect(nobody.body.error.message).toMatch(/owner/);
    expect(nobody.body.error.message).toMatch(/nobody/);
  });

  it('moves an exercise to completed only with its result, and keeps it', async () => {
    const drill = await call(carla).post('/exercises', {
      title: 'Tabletop: data centre lost',
      description: '',
      entityRefs: ['system:default/payments'],
      kind: 'tabletop',
    });
    const ref = drill.body.ref;
    const started = await call(carla).post(`/exercises/${ref}/transitions`, {
      action: 'start',
      version: drill.body.version,
    });
    expect(started.body.state).toBe('running');
    const noResult = await call(carla).post(`/exercises/${ref}/transitions`, {
      action: 'complete',
      version: started.body.version,
    });
    expect(noResult.status).toBe(400);
    expect(noResult.body.error.message).toMatch(/result/);
    const done = await call(carla).post(`/exercises/${ref}/transitions`, {
      action: 'complete',
      version: started.body.version,
      result: 'passed_with_findings',
    });
    expect(done.body).toMatchObject({
      state: 'completed',
      result: 'passed_with_findings',
    });
  });
});
