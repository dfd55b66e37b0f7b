import { InputError, NotFoundError } from '@backstage/errors';
import { createHash } from 'node:crypto';
import { IntakeLookup } from '../catalog/IntakeLookup';
import { IntakeStore } from '../database/IntakeStore';
import { StoredRecord } from '../../core/database/RecordStore';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';
import { EmailIntakeSettings } from './emailIntakeSettings';
import { findIncidentRef } from './findIncidentRef';
import { InboundEmail, parseInboundEmail } from './parseInboundEmail';
import { replaceNulCharacters } from '../replaceNulCharacters';
import { stripQuotedReply } from './stripQuotedReply';
import { verifySender } from './verifySender';

/** What a delivered mail did. */
export type EmailDeliveryResult = {
  outcome: 'created' | 'commented' | 'duplicate';
  incident: StoredRecord;
};

const SOURCE = 'email';
const MAX_TEXT = 20_000;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function senderOf(email: InboundEmail): string {
  const { name, address } = email.from;
  return name ? `${name} <${address}>` : address;
}

function attachmentNote(email: InboundEmail): string {
  const n = email.attachments.length;
  return n === 0
    ? ''
    : `\n\n(${n} attachment${
        n === 1 ? '' : 's'
      } not imported: ${email.attachments.join(', ')})`;
}

/** Who sent a mail, as far as the receiving server vouches for it. */
type Sender = {
  /** The receiving mail server authenticated the From domain. */
  verified: boolean;
  /** The catalog user with the From address, when verified. */
  user?: string;
};

/**
 * Turns inbound mail into incidents, through the record service. A sender
 * counts only as the receiving mail server authenticated it
 * (`verifySender`): a verified sender is the reporter (the catalog user
 * with the address); an unverified one is not, and the incident says so.
 * A reply whose subject names an incident (`Re: [INC-42] ...`) is a comment
 * on it when its verified sender takes part in it (reporter, assignee,
 * member of the assignment group); any other mail naming one opens a new
 * incident linked to it (`relates-to`). The Message-ID makes a redelivery
 * return what the first delivery did.
 */
export class EmailIntakeService {
  constructor(
    private readonly deps: {
      records: RecordService;
      intake: IntakeStore;
      lookup: IntakeLookup;
      settings: EmailIntakeSettings;
      now?: () => Date;
    },
  ) {}

  async deliver(
    raw: Buffer,
    ctx: RequestContext,
  ): Promise<EmailDeliveryResult> {
    const email = replaceNulCharacters(await parseInboundEmail(raw));
    const messageId =
      email.messageId ??
      `sha256:${createHash('sha256').update(raw).digest('hex')}`;
    const { verified } = verifySender({
      headers: email.authenticationResults,
      fromAddress: email.from.address,
      trustedAuthServIds: this.deps.settings.trustedAuthServIds,
    });
    const sender: Sender = {
      verified,
      user: verified
        ? await this.deps.lookup.userByEmail(email.from.address, {
            credentials: ctx.credentials,
          })
        : undefined,
    };
    const ref = findIncidentRef(email.subject);
    const named = ref ? await this.findIncident(ref, ctx) : undefined;
    return named && (await this.takesPart(sender, named, ctx))
      ? this.reply(named, email, messageId, sender.user, ctx)
      : this.open(email, messageId, sender, named, ctx);
  }

  /** Whether the verified sender is the reporter or works the incident. */
  private async takesPart(
    sender: Sender,
    incident: StoredRecord,
    ctx: RequestContext,
  ): Promise<boolean> {
    const { user } = sender;
    if (!user) return false;
    if (user === incident.reportedBy || user === incident.assignee) {
      return true;
    }
    const group = incident.assignmentGroup;
    return group
      ? (
          await this.deps.lookup.groupsOf(user, {
            credentials: ctx.credentials,
          })
        ).includes(group)
      : false;
  }

  private async open(
    email: InboundEmail,
    messageId: string,
    sender: Sender,
    named: StoredRecord | undefined,
    ctx: RequestContext,
  ): Promise<EmailDeliveryResult> {
    const { verified, user } = sender;
    let who = '';
    if (!verified) {
      who =
        ' (sender not verified: the receiving mail server did not authenticate it, so it is not the reporter)';
    } else if (!user) {
      who = ' (no catalog user has this address)';
    }
    const link = !named
      ? ''
      : ` It names ${named.ref}, which ${
          verified
            ? 'takes mail comments only from its reporter and those who work it'
            : 'takes no comments from a sender not verified'
        }; linked to it.`;
    const intro = `Reported by email from ${senderOf(email)}${who}${
      email.date ? ` on ${email.date}` : ''
    }.${link}`;
    const { record, created } = await this.deps.records.create(
      'incident',
      {
        title: clip(email.subject, 200),
        description: clip(
          `${intro}\n\n${email.text}${attachmentNote(email)}`,
          MAX_TEXT,
        ),
        entityRefs: [],
        priority: this.deps.settings.defaultPriority,
        channel: 'email',
        ...(user ? { reportedBy: user } : {}),
        ...(verified ? {} : { unverifiedSender: email.from.address }),
      },
      {
        ...ctx,
        idempotencyKey: `email:${messageId}`,
        ...(user ? { verifiedReporter: user } : {}),
        ...(named
          ? { linkedFrom: [{ recordId: named.id, kind: 'relates-to' }] }
          : {}),
      },
    );
    return { outcome: created ? 'created' : 'duplicate', incident: record };
  }

  private async reply(
    incident: StoredRecord,
    email: InboundEmail,
    messageId: string,
    reporter: string | undefined,
    ctx: RequestContext,
  ): Promise<EmailDeliveryResult> {
    const text = stripQuotedReply(email.text);
    if (!text && email.attachments.length === 0) {
      throw new InputError(
        'text must not be blank: the reply has nothing besides the quoted message',
      );
    }
    const { intake, records } = this.deps;
    const claim = await intake.claimInboundMessage({
      source: SOURCE,
      messageId,
      recordId: incident.id,
      now: (this.deps.now?.() ?? new Date()).toISOString(),
    });
    if (!claim.claimed) {
      const first = await records.get('incident', claim.recordId, ctx);
      return { outcome: 'duplicate', incident: first };
    }
    const body = clip(
      `Email from ${senderOf(email)}${reporter ? ` (${reporter})` : ''}:\n\n${
        text || '(no text)'
      }${attachmentNote(email)}`,
      MAX_TEXT,
    );
    try {
      // The sender's reply, as they wrote it: a public comment.
      await records.comment(
        'incident',
        incident.id,
        { body, visibility: 'public' },
        ctx,
      );
    } catch (error) {
      await intake
        .releaseInboundMessage({ source: SOURCE, messageId })
        .catch(() => undefined);
      throw error;
    }
    return { outcome: 'commented', incident };
  }

  /** The incident the subject names, if there is one. */
  private async findIncident(
    ref: string,
    ctx: RequestContext,
  ): Promise<StoredRecord | undefined> {
    try {
      return await this.deps.records.get('incident', ref, ctx);
    } catch (error) {
      if (error instanceof NotFoundError) {
        return undefined; // not an incident of ours: a new one
      }
      throw error;
    }
  }
}
