import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { startIntakeBackend } from '../__testUtils__/startIntakeBackend';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });
/** A service token, as a static `externalAccess` token with that subject. */
const FORWARDER = mockCredentials.service.header({
  onBehalfOf: mockCredentials.service('external:mail-forwarder'),
  targetPluginId: 'itsm',
});
const URL = '/api/itsm/intake/email';

const fixture = (name: string) =>
  fs.readFileSync(path.join(__dirname, '__fixtures__', name));

/** A mail forwarder's HTTP POST of a raw message. */
function deliver(
  server: any,
  raw: Buffer | string,
  type = 'message/rfc822',
  authorization = FORWARDER,
) {
  return request(server)
    .post(URL)
    .set('Authorization', authorization)
    .set('Content-Type', type)
    .send(Buffer.from(raw));
}

async function incidents(server: any): Promise<any[]> {
  return (await request(server).get('/api/itsm/incidents')).body.items;
}

async function timeline(server: any, ref: string): Promise<any[]> {
  const res = await request(server).get(`/api/itsm/incidents/${ref}/timeline`);
  return res.body.items;
}

describe.each(databases.eachSupportedId())('Email intake on %p', id => {
  it('opens an incident from a mail, once however often it is delivered', async () => {
    const { server } = await startIntakeBackend(databases, id);
    const first = await deliver(server, fixture('plain.eml'));
    expect(first.status).toBe(201);
    expect(first.body.outcome).toBe('created');
    expect(first.body.incident).toMatchObject({
      title: 'Checkout page shows error 502',
      state: 'new',
      priority: 'P3',
      channel: 'email',
      reportedBy: 'user:default/pat.engineer',
      createdBy: 'service:external:mail-forwarder',
      entityRefs: [],
      assignmentGroup: 'group:default/service-desk',
    });
    expect(first.body.incident.description).toMatch(
      /^Reported by email from Pat Engineer <Pat.Engineer@acme.example> on 2026-11-28T09:05:39.000Z\.\n\nHello,/,
    );

    const again = await deliver(server, fixture('plain.eml'), 'text/plain');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      outcome: 'duplicate',
      incident: { id: first.body.incident.id },
    });
    expect(await incidents(server)).toHaveLength(1);
  });

  it('keeps the address of a sender the catalog does not know, and reads HTML', async () => {
    const { server } = await startIntakeBackend(databases, id);
    const res = await deliver(server, fixture('html-only.eml'));
    expect(res.status).toBe(201);
    expect(res.body.incident).toMatchObject({
      title: 'Portal login fällt aus',
      reportedBy: 'service:external:mail-forwarder',
    });
    expect(res.body.incident.description).toContain(
      'Reported by email from Jordan Customer <jordan@example.org> (no catalog user has this address)',
    );
    expect(res.body.incident.description).toContain(
      'after the password the page stays white',
    );
  });

  it.each([
    [
      'html-alternative.eml',
      'the invoice PDF from the portal says file is damaged',
    ],
    [
      'outlook-related.eml',
      'the revenue dashboard has shown empty figures since 07:30',
    ],
  ])('keeps the text of HTML-only mail (%s)', async (name, text) => {
    const { server } = await startIntakeBackend(databases, id);
    const res = await deliver(server, fixture(name));
    expect(res.status).toBe(201);
    expect(res.body.incident.description).toContain(text);
  });

  it('notes attachments it does not import', async () => {
    const { server } = await startIntakeBackend(databases, id);
    const res = await deliver(server, fixture('multipart-alternative.eml'));
    expect(res.body.incident.reportedBy).toBe('user:default/sam.agent');
    expect(res.body.incident.description).toContain(
      "The log of last night's run is attached.\n\n(1 attachment not imported: report-run.log)",
    );
  });

  it('comments a reply on the incident its subject names, once', async () => {
    const { server } = await startIntakeBackend(databases, id);
    await deliver(server, fixture('html-only.eml'));
    const { incident } = (await deliver(server, fixture('plain.eml'))).body;
    const reply = fixture('reply.eml')
      .toString('utf8')
      .replace(/INC-1\b/g, incident.ref);

    const res = await deliver(server, reply);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      outcome: 'commented',
      incident: { ref: incident.ref },
    });
    const again = await deliver(server, reply);
    expect(again.body).toMatchObject({
      outcome: 'duplicate',
      incident: { ref: incident.ref },
    });

    const events = await timeline(server, incident.ref);
    expect(events.map(e => e.kind)).toEqual(['created', 'comment']);
    expect(events[1]).toMatchObject({
      actor: 'service:external:mail-forwarder',
      data: {
        body: 'Email from Pat Engineer <pat.engineer@acme.example> (user:default/pat.engineer):\n\nIt works again for me since 10:35, thanks!',
      },
    });
    expect(await incidents(server)).toHaveLength(2);
  });

  it('opens an incident for a reply naming an incident that does not exist', async () => {
    const { server } = await startIntakeBackend(databases, id);
    const reply = fixture('reply.eml')
      .toString('utf8')
      .replace(/INC-1\b/g, 'INC-99');
    const res = await deliver(server, reply);
    expect(res.status).toBe(201);
    expect(res.body.incident.title).toBe(
      'Re: [INC-99] Checkout page shows error 502',
    );
  });

  it('answers malformed mail with a 400 naming what is missing', async () => {
    const { server } = await startIntakeBackend(databases, id);
    const cases: [Buffer | string, RegExp][] = [
      [fixture('no-from.eml'), /^from is missing/],
      [fixture('not-a-message.txt'), /from is missing|not an RFC 822 message/],
      [
        'From: pat@acme.example\r\n\r\nno subject',
        /^subject must not be blank/,
      ],
      ['', /body must be/],
    ];
    for (const [raw, message] of cases) {
      const res = await deliver(server, raw);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    }
    const asJson = await deliver(server, '{"subject":"x"}', 'application/json');
    expect(asJson.status).toBe(400);
    expect(asJson.body.error.message).toMatch(
      /unsupported media type application\/json/,
    );
    expect(await incidents(server)).toHaveLength(0);
  });

  it('refuses users, and mail over 10 MB', async () => {
    const { server } = await startIntakeBackend(databases, id);
    const asUser = await deliver(
      server,
      fixture('plain.eml'),
      'message/rfc822',
      mockCredentials.user.header(),
    );
    expect(asUser.status).toBe(403);
    const huge = Buffer.concat([
      fixture('plain.eml'),
      Buffer.alloc(10 * 1024 * 1024 + 1, 'a'),
    ]);
    const tooLarge = await deliver(server, huge);
    expect(tooLarge.status).toBe(413);
    expect(await incidents(server)).toHaveLength(0);
  });
});
