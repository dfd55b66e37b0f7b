import { InputError } from '@backstage/errors';
import { convert } from 'html-to-text';
import { AddressObject, simpleParser } from 'mailparser';

/** An inbound mail as intake reads it. */
export type InboundEmail = {
  /** The Message-ID header, if the message has one. */
  messageId?: string;
  from: { address: string; name?: string };
  subject: string;
  /** The text part; the HTML part as text when there is no text part. */
  text: string;
  /** When the sender says it was sent (ISO 8601). */
  date?: string;
  /** File names of the attachments (they are not imported). */
  attachments: string[];
  /**
   * The values of the Authentication-Results headers, top (added last, by
   * the server nearest to us) to bottom, unfolded.
   */
  authenticationResults: string[];
};

const ADDRESS = /^[^\s@]+@[^\s@]+$/;

function firstAddress(
  from: AddressObject | AddressObject[] | undefined,
): { address: string; name?: string } | undefined {
  const list = ([] as AddressObject[]).concat(from ?? []);
  for (const entry of list.flatMap(a => a.value)) {
    const address = entry.address?.trim();
    if (address && ADDRESS.test(address)) {
      return { address, ...(entry.name ? { name: entry.name.trim() } : {}) };
    }
  }
  return undefined;
}

/** The HTML of a message as text: its words, lists and links, no images. */
function htmlAsText(html: string): string {
  return convert(html, {
    wordwrap: false,
    limits: { maxDepth: 1000 },
    selectors: [
      { selector: 'img', format: 'skip' },
      { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
    ],
  }).replace(/\n{3,}/g, '\n\n'); // a paragraph that only held an image
}

/** A header's values, in the order of the message, unfolded. */
function headerValues(
  lines: readonly { key: string; line: string }[],
  key: string,
): string[] {
  return lines
    .filter(h => h.key === key)
    .map(h =>
      h.line
        .slice(h.line.indexOf(':') + 1)
        .replace(/\r?\n[ \t]/g, ' ')
        .trim(),
    );
}

/**
 * Parses a raw RFC 822 message (as mail servers and inbound-mail services
 * forward it) with mailparser. A 400 naming what is missing when it has no
 * From address or no subject, as anything that is not a mail has neither.
 */
export async function parseInboundEmail(raw: Buffer): Promise<InboundEmail> {
  if (raw.length === 0) {
    throw new InputError('body must be an RFC 822 message, not empty');
  }
  let parsed;
  try {
    parsed = await simpleParser(raw, {
      skipHtmlToText: false,
      skipImageLinks: true,
      skipTextToHtml: true,
      skipTextLinks: true,
    });
  } catch (error) {
    throw new InputError(
      `body is not an RFC 822 message: ${(error as Error).message}`,
    );
  }
  const from = firstAddress(parsed.from);
  const subject = parsed.subject?.replace(/\s+/g, ' ').trim() ?? '';
  if (!from && !subject && parsed.headers.size === 0) {
    throw new InputError(
      'body is not an RFC 822 message: it has no headers (from and subject are missing)',
    );
  }
  if (!from) {
    throw new InputError('from is missing: the message has no From address');
  }
  if (!subject) {
    throw new InputError('subject must not be blank');
  }
  const date = parsed.date && !Number.isNaN(parsed.date.getTime());
  // mailparser turns a lone text/html body into text, but not the HTML of a
  // multipart/alternative or multipart/related without a text part (as
  // Outlook sends).
  const text =
    parsed.text?.trim() || typeof parsed.html !== 'string'
      ? parsed.text ?? ''
      : htmlAsText(parsed.html);
  return {
    ...(parsed.messageId?.trim() ? { messageId: parsed.messageId.trim() } : {}),
    from,
    subject,
    text: text.replace(/\r\n?/g, '\n').trim(),
    ...(date ? { date: parsed.date!.toISOString() } : {}),
    attachments: parsed.attachments.map(a => a.filename ?? 'unnamed'),
    authenticationResults: headerValues(
      parsed.headerLines,
      'authentication-results',
    ),
  };
}
