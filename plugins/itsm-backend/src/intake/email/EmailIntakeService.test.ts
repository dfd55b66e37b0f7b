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

/** The receiving mail server the tests trust. */
const MX = 'mx.acme.example';
const CONFIG = { itsm: { email: { trustedAuthServIds: [MX] } } };

/** A mail as the receiving server passes it on, with its verdict on top. */
function received(raw: Buffer | string, verdict: string): Buffer {
  return Buffer.concat([
    Buffer.from(`Authentication-Results: ${MX};\r\n\t${verdict}\r\n`),
    Buffer.from(raw),
  ]);
}

/** A mail whose From domain the receiving server authenticated. */
const verified = (raw: Buffer | string, domain = 'acme.example') =>
  received(
    raw,
    `spf=pass smtp.mailfrom=bounce@${domain};\r\n\tdmarc=pass header.from=${domain}`,
  );

/** A reply from someone else (the reply fixture, another From). */
const replyFrom = (from: string, ref: string) =>
  fixture('reply.eml')
    .toString('utf8')
    .replace(/^From: .*$/m, `From: ${from}`)
    .replace(/CAF7b2Lr9y2R/, `reply-of-${from.replace(/\W/g, '')}`)
    .replace(/INC-1\b/g, ref);

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

async function links(server: any, ref: string): Promise<string[]> {
  const res = await request(server).get(`/api/itsm/incidents/${ref}/links`);
  return res.body.items.map(
    (l: any) => `${l.source.ref} ${l.kind} ${l.target.ref}`,
  );
}

describe.each(databases.eachSupportedId())('Email intake on %p', id => {
  it('opens an incident from a mail, once however often it is delivered', async () => {
    const { server } = await startIntakeBackend(databases, id, CONFIG);
    const first = await deliver(server, verified(fixture('plain.eml')));
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

    const again = await deliver(
      server,
      verified(fixture('plain.eml')),
      'text/plain',
    );
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      outcome: 'duplicate',
      incident: { id: first.body.incident.id },
    });
    expect(await incidents(server)).toHaveLength(1);
  });

  it('keeps the address of a sender the catalog does not know, and reads HTML', async () => {
    const { server } = await startIntakeBackend(databases, id, CONFIG);
    const res = await deliver(
      server,
      verified(fixture('html-only.eml'), 'example.org'),
    );
    expect(res.status).toBe(201);
    expect(res.body.incident.unverifiedSender).toBeUndefined();
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

  it('opens an incident from a mail with NUL characters, each replaced by U+FFFD', async () => {
    const { server } = await startIntakeBackend(databases, id);
    const raw = Buffer.concat([
      Buffer.from(
        [
          'From: Pat Engineer <pat.engineer@acme.example>',
          'Subject: =?UTF-8?Q?Checkout=00_down?=',
          'Message-ID: <nul@mail.acme.example>',
          'Content-Type: text/plain; charset="UTF-8"',
          'Content-Transfer-Encoding: quoted-printable',
          '',
          'Encoded=00 and raw',
        ].join('\r\n'),
      ),
      Buffer.from([0]),
      Buffer.from(' NUL\r\n'),
    ]);
    const res = await deliver(server, raw);
    expect(res.status).toBe(201);
    expect(res.body.incident.title).toBe('Checkout\uFFFD down');
    expect(res.body.incident.description).toContain(
      'Encoded\uFFFD and raw\uFFFD NUL',
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
    const { server } = await startIntakeBackend(databases, id, CONFIG);
    const res = await deliver(server, fixture(name));
    expect(res.status).toBe(201);
    expect(res.body.incident.description).toContain(text);
  });

  it('notes attachments it does not import', async () => {
    const { server } = await startIntakeBackend(databases, id, CONFIG);
    const res = await deliver(
      server,
      verified(fixture('multipart-alternative.eml')),
    );
    expect(res.body.incident.reportedBy).toBe('user:default/sam.agent');
    expect(res.body.incident.description).toContain(
      "The log of last night's run is attached.\n\n(1 attachment not imported: report-run.log)",
    );
  });

  it('comments a reply on the incident its subject names, once', async () => {
    const { server } = await startIntakeBackend(databases, id, CONFIG);
    await deliver(server, fixture('html-only.eml'));
    const { incident } = (await deliver(server, verified(fixture('plain.eml'))))
      .body;
    const reply = verified(
      fixture('reply.eml')
        .toString('utf8')
        .replace(/INC-1\b/g, incident.ref),
    );

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

  it('takes a sender the receiving server did not verify for no one, and says so', async () => {
    const { server } = await startIntakeBackend(databases, id, CONFIG);
    const claimsGrace = fixture('outlook-related.eml');
    const cases = [
      ['no verdict', claimsGrace],
      [
        'a failed verdict',
        received(
          claimsGrace,
          'spf=fail smtp.mailfrom=grace.ceo@acme.example; dkim=none; dmarc=fail header.from=acme.example',
        ),
      ],
      [
        'a pass from a server not trusted',
        Buffer.concat([
          Buffer.from(
            'Authentication-Results: mail.evil.example; dmarc=pass header.from=acme.example\r\n',
          ),
          claimsGrace,
        ]),
      ],
      [
        'a pass forged below the trusted verdict',
        received(
          Buffer.concat([
            Buffer.from(
              `Authentication-Results: ${MX}; dmarc=pass header.from=acme.example\r\n`,
            ),
            claimsGrace,
          ]),
          'dmarc=fail header.from=acme.example',
        ),
      ],
    ] as const;
    for (const [why, raw] of cases) {
      const message = Buffer.from(
        raw
          .toString('utf8')
          .replace('AM0PR04MB5410C2B1@', `${why.replace(/\W/g, '')}@`),
      );
      const res = await deliver(server, message);
      expect([why, res.status]).toEqual([why, 201]);
      expect(res.body.incident).toMatchObject({
        reportedBy: 'service:external:mail-forwarder',
        unverifiedSender: 'grace.ceo@acme.example',
      });
      expect(res.body.incident.description).toMatch(
        /^Reported by email from Grace Chen <grace.ceo@acme.example> \(sender not verified/,
      );
    }
  });

  it('opens a linked incident for an unverified reply, and for a verified one from someone not involved', async () => {
    const { server } = await startIntakeBackend(databases, id, CONFIG);
    const { incident } = (await deliver(server, verified(fixture('plain.eml'))))
      .body;
    expect(incident.reportedBy).toBe('user:default/pat.engineer');

    const forged = await deliver(
      server,
      replyFrom('Pat Engineer <pat.engineer@acme.example>', incident.ref),
    );
    const outsider = await deliver(
      server,
      verified(replyFrom('Wes Web <wes.web@acme.example>', incident.ref)),
    );
    for (const [res, reportedBy] of [
      [forged, 'service:external:mail-forwarder'],
      [outsider, 'user:default/wes.web'],
    ] as const) {
      expect(res.status).toBe(201);
      expect(res.body.outcome).toBe('created');
      expect(res.body.incident.reportedBy).toBe(reportedBy);
      expect(res.body.incident.description).toContain(
        `It names ${incident.ref}`,
      );
      expect(await links(server, res.body.incident.ref)).toEqual([
        `${incident.ref} relates-to ${res.body.incident.ref}`,
      ]);
    }
    expect(forged.body.incident.unverifiedSender).toBe(
      'pat.engineer@acme.example',
    );
    expect(outsider.body.incident.unverifiedSender).toBeUndefined();
    // Linked, never commented.
    expect((await timeline(server, incident.ref)).map(e => e.kind)).toEqual([
      'created',
      'linked',
      'linked',
    ]);
  });

  it('comments a verified reply of a member of the assignment group', async () => {
    const { server } = await startIntakeBackend(databases, id, CONFIG);
    const { incident } = (await deliver(server, verified(fixture('plain.eml'))))
      .body;
    expect(incident.assignmentGroup).toBe('group:default/service-desk');
    const res = await deliver(
      server,
      verified(replyFrom('Sam Agent <sam.agent@acme.example>', incident.ref)),
    );
    expect(res.body).toMatchObject({
      outcome: 'commented',
      incident: { ref: incident.ref },
    });
  });

  it('opens an incident for a reply naming an incident that does not exist', async () => {
    const { server } = await startIntakeBackend(databases, id, CONFIG);
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
    const { server } = await startIntakeBackend(databases, id, CONFIG);
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
    const { server } = await startIntakeBackend(databases, id, CONFIG);
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
    expect(tooLarge.body.error.message).toBe(
      'request body is larger than the limit of 10mb',
    );
    expect(await incidents(server)).toHaveLength(0);
  });
});
