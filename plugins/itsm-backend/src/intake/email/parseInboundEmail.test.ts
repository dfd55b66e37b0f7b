import fs from 'node:fs';
import path from 'node:path';
import { parseInboundEmail } from './parseInboundEmail';

const fixture = (name: string) =>
  fs.readFileSync(path.join(__dirname, '__fixtures__', name));

describe('parseInboundEmail', () => {
  it('reads a plain text message', async () => {
    const email = await parseInboundEmail(fixture('plain.eml'));
    expect(email).toEqual({
      messageId: '<CAF7b2Lr8x1Q@mail.acme.example>',
      from: { address: 'Pat.Engineer@acme.example', name: 'Pat Engineer' },
      subject: 'Checkout page shows error 502',
      text: expect.stringMatching(
        /^Hello,\n\nsince about 10:00 the checkout page answers "502 Bad Gateway" for every\ncustomer I tried\. The basket still loads\.\n\nPat$/,
      ),
      date: '2026-11-28T09:05:39.000Z',
      attachments: [],
      authenticationResults: [],
    });
  });

  it('turns an HTML-only message into text, decoding the subject', async () => {
    const email = await parseInboundEmail(fixture('html-only.eml'));
    expect(email.subject).toBe('Portal login fällt aus');
    expect(email.from).toEqual({
      address: 'jordan@example.org',
      name: 'Jordan Customer',
    });
    expect(email.text).toContain(
      'I cannot log in to the customer portal: after the password the page stays white.',
    );
    expect(email.text).toContain('Browser: Firefox 133');
    expect(email.text).not.toMatch(/<|color: #333/);
  });

  it('turns the HTML of a multipart/alternative without a text part into text', async () => {
    const email = await parseInboundEmail(fixture('html-alternative.eml'));
    expect(email.text).toBe(
      'Hello,\n\nthe invoice PDF from the portal says file is damaged in every viewer I tried.\n\nJordan',
    );
  });

  it('turns the HTML of an Outlook multipart/related into text, leaving the inline image out', async () => {
    const email = await parseInboundEmail(fixture('outlook-related.eml'));
    expect(email.text).toBe(
      'Good morning,\n\nthe revenue dashboard has shown empty figures since 07:30. Screenshot below.\n\nGrace',
    );
    expect(email.attachments).toEqual(['image001.png']);
  });

  it('keeps the Authentication-Results headers, top first, unfolded', async () => {
    const email = await parseInboundEmail(
      Buffer.from(
        [
          'Authentication-Results: mx.acme.example;',
          '\tspf=pass smtp.mailfrom=pat@acme.example',
          'Received: from mail.acme.example by mx.acme.example',
          'Authentication-Results: relay.example; none',
          'From: pat@acme.example',
          'Subject: hi',
          '',
          'body',
        ].join('\r\n'),
      ),
    );
    expect(email.authenticationResults).toEqual([
      'mx.acme.example; spf=pass smtp.mailfrom=pat@acme.example',
      'relay.example; none',
    ]);
  });

  it('takes the text part of multipart/alternative and counts attachments', async () => {
    const email = await parseInboundEmail(fixture('multipart-alternative.eml'));
    expect(email.text).toBe(
      "The nightly ledger report did not arrive this morning.\nThe log of last night's run is attached.",
    );
    expect(email.attachments).toEqual(['report-run.log']);
  });

  it('reads a reply with its quotes (stripping is the caller’s)', async () => {
    const email = await parseInboundEmail(fixture('reply.eml'));
    expect(email.subject).toBe('Re: [INC-1] Checkout page shows error 502');
    expect(email.text).toContain('> we rolled back');
  });

  it.each([
    ['no-from.eml', /^from is missing/],
    ['not-a-message.txt', /^(from is missing|body is not an RFC 822 message)/],
  ])('refuses %s naming what is missing', async (name, message) => {
    await expect(parseInboundEmail(fixture(name))).rejects.toThrow(message);
  });

  it.each([
    [Buffer.alloc(0), /^body must be an RFC 822 message, not empty/],
    [Buffer.from('hello, this is no mail'), /^body is not an RFC 822 message/],
    [Buffer.from([0, 159, 146, 150, 13, 10, 13, 10]), /^body is not an RFC/],
    [
      Buffer.from('From: pat@acme.example\r\nSubject:   \r\n\r\nbody'),
      /^subject must not be blank/,
    ],
    [
      Buffer.from('From: Pat Engineer\r\nSubject: hi\r\n\r\nbody'),
      /^from is missing/,
    ],
  ])('refuses malformed input %#', async (raw, message) => {
    await expect(parseInboundEmail(raw)).rejects.toThrow(message);
  });
});
