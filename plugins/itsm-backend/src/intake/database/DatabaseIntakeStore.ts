import { createHash } from 'node:crypto';
import { Knex } from 'knex';
import { findActiveAlertSource } from '../../core/database/operations/alertSources';
import { isUniqueViolation } from '../../core/database/operations/isUniqueViolation';
import { IntakeStore, StoredAlertSource } from './IntakeStore';
import { AlertSourceRow, InboundMessageRow } from '../../core/database/tables';

function messageKey(source: string, messageId: string): string {
  return createHash('sha256').update(`${source}\n${messageId}`).digest('hex');
}

/**
 * Keeps the intake channels' state in the plugin's database, next to the
 * records (whose store runs the migrations).
 */
export class DatabaseIntakeStore implements IntakeStore {
  static create(options: { knex: Knex }): DatabaseIntakeStore {
    return new DatabaseIntakeStore(options.knex);
  }

  private constructor(private readonly db: Knex) {}

  async findActiveAlertSource(
    source: string,
    groupKey: string,
  ): Promise<StoredAlertSource | undefined> {
    const row = await findActiveAlertSource(this.db, source, groupKey);
    return row
      ? {
          id: String(row.id),
          source: row.source,
          groupKey: row.group_key,
          recordId: row.record_id,
          alerts: JSON.parse(row.alerts),
          version: Number(row.version),
        }
      : undefined;
  }

  async updateAlertSource(options: {
    id: string;
    expectedVersion: number;
    alerts: Record<string, unknown>;
    now: string;
  }): Promise<boolean> {
    const changed = await this.db<AlertSourceRow>('itsm_alert_sources')
      .where({ id: Number(options.id), version: options.expectedVersion })
      .whereNotNull('active_key')
      .update({
        alerts: JSON.stringify(options.alerts),
        version: options.expectedVersion + 1,
        updated_at: options.now,
      });
    return changed === 1;
  }

  async releaseAlertSource(options: { id: string; now: string }) {
    await this.db<AlertSourceRow>('itsm_alert_sources')
      .where({ id: Number(options.id) })
      .whereNotNull('active_key')
      .update({ active_key: null, released_at: options.now });
  }

  async claimInboundMessage(options: {
    source: string;
    messageId: string;
    recordId: string;
    now: string;
  }): Promise<{ claimed: true } | { claimed: false; recordId: string }> {
    const key = messageKey(options.source, options.messageId);
    try {
      await this.db<InboundMessageRow>('itsm_inbound_messages').insert({
        message_key: key,
        source: options.source,
        message_id: options.messageId,
        record_id: options.recordId,
        created_at: options.now,
      });
      return { claimed: true };
    } catch (error) {
      if (!isUniqueViolation(error)) {
        throw error;
      }
      const row = await this.db<InboundMessageRow>('itsm_inbound_messages')
        .where('message_key', key)
        .first('record_id');
      if (!row) {
        throw error; // released by the claimant meanwhile: let the sender retry
      }
      return { claimed: false, recordId: row.record_id };
    }
  }

  async releaseInboundMessage(options: { source: string; messageId: string }) {
    await this.db<InboundMessageRow>('itsm_inbound_messages')
      .where('message_key', messageKey(options.source, options.messageId))
      .delete();
  }
}
