import { mockServices } from '@backstage/backend-test-utils';
import { StoredRecord } from '../database/RecordStore';
import {
  ITSM_RECORDS_CHANNEL,
  RecordChangePublisher,
} from './RecordChangePublisher';

const record: StoredRecord = {
  id: '6f1c1d5e-5b7a-4a57-9a3e-1d0f2b0c9a11',
  type: 'incident',
  number: 12,
  ref: 'INC-12',
  title: 'Checkout fails',
  description: 'Card numbers in here must not be broadcast',
  state: 'in_progress',
  priority: 'P1',
  version: 5,
  fields: { resolution: 'secret' },
  entityRefs: ['component:default/checkout-service'],
  reportedBy: 'user:default/pat.engineer',
  reopenCount: 0,
  escalationCount: 0,
  createdBy: 'user:default/pat.engineer',
  createdAt: '2026-11-28T10:00:00.000Z',
  updatedAt: '2026-11-28T10:30:00.000Z',
};

function setup() {
  const signals = { publish: jest.fn(async () => {}) };
  const logger = mockServices.logger.mock();
  return {
    signals,
    logger,
    publisher: new RecordChangePublisher(signals, logger),
  };
}

describe('RecordChangePublisher', () => {
  it('tells every open page which record changed and to which version', async () => {
    const { signals, publisher } = setup();
    await publisher.publish(record);
    expect(signals.publish).toHaveBeenCalledWith({
      recipients: { type: 'broadcast' },
      channel: ITSM_RECORDS_CHANNEL,
      message: {
        id: record.id,
        ref: 'INC-12',
        type: 'incident',
        version: 5,
        entityRefs: ['component:default/checkout-service'],
      },
    });
  });

  it('broadcasts no content of the record, since every user hears it', async () => {
    const { signals, publisher } = setup();
    await publisher.publish(record);
    const sent = JSON.stringify(signals.publish.mock.calls[0]);
    expect(sent).not.toContain(record.title);
    expect(sent).not.toContain(record.description);
    expect(sent).not.toContain('secret');
  });

  it('does not fail a committed change when live updates are down', async () => {
    const { signals, logger, publisher } = setup();
    signals.publish.mockRejectedValueOnce(new Error('signals unavailable'));
    await expect(publisher.publish(record)).resolves.toBeUndefined();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(/INC-12.*signals unavailable/),
    );
  });
});
