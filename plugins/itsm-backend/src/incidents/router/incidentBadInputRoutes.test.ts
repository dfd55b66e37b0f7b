import request from 'supertest';
import {
  report,
  startPluginBackend as startBackend,
} from '../../__testUtils__/startPluginBackend';

jest.setTimeout(60_000);

describe('itsm backend plugin', () => {
  it('answers bad input with a 400 that names the field', async () => {
    const { server } = await startBackend();
    const wrongType = await request(server)
      .post('/api/itsm/incidents')
      .send({ ...report, title: 42 });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.message).toMatch(/title/);

    const missing = await request(server)
      .post('/api/itsm/incidents')
      .send({ title: 'x', description: 'y', entityRefs: [] });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/priority/);

    const unknownEntity = await request(server)
      .post('/api/itsm/incidents')
      .send({ ...report, entityRefs: ['component:default/nope'] });
    expect(unknownEntity.status).toBe(400);
    expect(unknownEntity.body.error.message).toMatch(
      /entityRefs\[0\] 'component:default\/nope' is not in the catalog/,
    );

    const badRef = await request(server)
      .post('/api/itsm/incidents')
      .send({
        ...report,
        entityRefs: ['component:default/checkout-service', ':::'],
      });
    expect(badRef.status).toBe(400);
    expect(badRef.body.error.message).toMatch(/entityRefs\[1\]/);

    const tooMany = await request(server).get('/api/itsm/incidents?limit=1000');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toMatch(/limit/);

    const badCursor = await request(server).get(
      '/api/itsm/incidents?cursor=zzz',
    );
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.error.message).toMatch(/cursor/);

    await request(server).post('/api/itsm/incidents').send(report);
    const illegal = await request(server)
      .post('/api/itsm/incidents/INC-1/transitions')
      .send({ action: 'close', version: 1 });
    expect(illegal.status).toBe(409);
    expect(illegal.body.error.message).toMatch(
      /Cannot close a record that is New/,
    );

    const noResolution = await request(server)
      .post('/api/itsm/incidents/INC-1/transitions')
      .send({ action: 'resolve', version: 1 });
    expect(noResolution.status).toBe(400);
    expect(noResolution.body.error.message).toMatch(/resolution/);
  });

  it.each([
    [{ impact: 'high' }, /required property 'urgency'/],
    [
      { impact: 'low', urgency: 'low', priority: 'P1' },
      /priorityReason is required/,
    ],
    [
      { priority: 'P2', reportedBy: 'nobody' },
      /reportedBy 'nobody' is not in the catalog/,
    ],
    [{ priority: 'P2', category: 'printer' }, /category/],
    [{ priority: 'P2', impact: 'huge', urgency: 'low' }, /impact/],
  ])(
    'refuses the report %p with a 400 naming the field',
    async (extra, message) => {
      const { server } = await startBackend();
      const res = await request(server)
        .post('/api/itsm/incidents')
        .send({ title: 't', description: 'd', entityRefs: [], ...extra });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    },
  );
});
