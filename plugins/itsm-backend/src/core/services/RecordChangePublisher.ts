import { SignalsService } from '@backstage/plugin-signals-node';
import { LoggerService } from '@backstage/backend-plugin-api';
import { StoredRecord } from '../database/RecordStore';

/** The signals channel on which open pages hear that a record changed. */
export const ITSM_RECORDS_CHANNEL = 'itsm:records';

/** Tells open pages that a record changed, so they reload it live. */
export class RecordChangePublisher {
  constructor(
    private readonly signals: SignalsService,
    private readonly logger: LoggerService,
  ) {}

  async publish(record: StoredRecord): Promise<void> {
    try {
      await this.signals.publish({
        recipients: { type: 'broadcast' },
        channel: ITSM_RECORDS_CHANNEL,
        message: {
          id: record.id,
          ref: record.ref,
          type: record.type,
          version: record.version,
          entityRefs: record.entityRefs,
        },
      });
    } catch (error) {
      // Live updates are a convenience: the change itself is committed.
      this.logger.warn(
        `Could not publish the change of ${record.ref}: ${error}`,
      );
    }
  }
}
