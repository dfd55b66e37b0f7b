import { InputError, NotFoundError } from '@backstage/errors';
import { createHash } from 'node:crypto';
import { IntakeLookup } from '../../catalog/IntakeLookup';
import { IntakeStore } from '../../database/IntakeStore';
import { StoredRecord } from '../../database/RecordStore';
import { RecordService, RequestContext } from '../../services/RecordService';
import { EmailIntakeSettings } from './emailIntakeSettings';
import { findIncidentRef } from './findIncidentRef';
import { InboundEmail, parseInboundEmail } from './parseInboundEmail';
import { replaceNulCharacters } from '../replaceNulCharacters';
import { stripQuotedReply } from './stripQuotedReply';

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

function sender(email: InboundEmail): string {
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

/**
 * Turns inbound mail into incidents, through the record service: a reply
 * whose subject names an existing incident (`Re: [INC-42] ...`) becomes a
 * comment on it; anything else opens an incident. The Message-ID makes a
 * redelivery return what the first delivery did.
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
    const reporter = await this.deps.lookup.userByEmail(email.from.address, {
      credentials: ctx.credentials,
    });
    const ref = findIncidentRef(email.subject);
    const target = ref ? await this.findIncident(ref, ctx) : undefined;
    return target
      ? this.reply(target, email, messageId, reporter, ctx)
      : this.open(email, messageId, reporter, ctx);
  }

  private async open(
    email: InboundEmail,
    messageId: string,
    reporter: string | undefined,
    ctx: RequestContext,
  ): Promise<EmailDeliveryResult> {
    const intro = `Reported by email from ${sender(email)}${
      reporter ? '' : ' (no catalog user has this address)'
    }${email.date ? ` on ${email.date}` : ''}.`;
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
        ...(reporter ? { reportedBy: reporter } : {}),
      },
      { ...ctx, idempotencyKey: `email:${messageId}` },
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
      `Email from ${sender(email)}${reporter ? ` (${reporter})` : ''}:\n\n${
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
