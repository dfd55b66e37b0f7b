import { mockServices } from '@backstage/backend-test-utils';
import { RecordChange } from '../model/notificationModel';
import { aStoredRecord } from '../__testUtils__/aStoredRecord';
import { planChangeNotifications } from '../../changes/domain/planChangeNotifications';
import { planIncidentNotifications } from '../../incidents/domain/planIncidentNotifications';

/** The rules of incidents and changes, as their modules register them. */
const rules = {
  incident: {
    plan: (change: RecordChange) =>
      planIncidentNotifications(change, { managementRecipients: [] }),
    path: '/itsm/incidents',
  },
  change: { plan: planChangeNotifications, path: '/itsm/changes' },
};
import { DefaultRecordNotifier } from './DefaultRecordNotifier';
import { NOTIFICATION_PAUSE_MS } from './PausingNotificationSender';

const change = {
  after: aStoredRecord({ assignmentGroup: 'group:default/dba-team' }),
  event: {
    kind: 'created' as const,
    actor: 'user:default/pat.engineer',
    data: {},
  },
};

describe('DefaultRecordNotifier', () => {
  it('sends what the plan says, with a link to the incident', async () => {
    const send = jest.fn(async () => {});
    const notifier = new DefaultRecordNotifier({
      notifications: { send },
      logger: mockServices.logger.mock(),
      rules,
    });
    await notifier.notify(change);
    expect(send).toHaveBeenCalledWith({
      recipients: {
        type: 'entity',
        entityRef: ['group:default/dba-team'],
        excludeEntityRef: 'user:default/pat.engineer',
      },
      payload: expect.objectContaining({
        link: '/itsm/incidents/INC-1',
        scope: 'INC-1:queue',
        topic: 'INC-1',
      }),
    });
  });

  it('leaves out those the plan excludes, even as members of a group', async () => {
    const send = jest.fn(async () => {});
    const notifier = new DefaultRecordNotifier({
      notifications: { send },
      logger: mockServices.logger.mock(),
      rules,
    });
    await notifier.notify({
      after: aStoredRecord({
        type: 'change',
        ref: 'CHG-1',
        state: 'awaiting_approval',
        reportedBy: 'user:default/rita.requester',
        fields: {
          approval: {
            groups: [{ approvers: ['group:default/cab'] }],
          },
        },
      }),
      event: {
        kind: 'transition',
        actor: 'user:default/max.manager',
        data: { to: 'awaiting_approval' },
      },
    });
    expect(send).toHaveBeenCalledWith(
      expect.objectContaining({
        recipients: {
          type: 'entity',
          entityRef: ['group:default/cab'],
          excludeEntityRef: [
            'user:default/max.manager',
            'user:default/rita.requester',
          ],
        },
      }),
    );
  });

  it('warns once and pauses for a minute when sending fails, then tries again', async () => {
    let now = 0;
    const send = jest.fn(async () => {
      throw new Error('Request failed with status 404');
    });
    const logger = mockServices.logger.mock();
    const notifier = new DefaultRecordNotifier({
      notifications: { send },
      logger,
      rules,
      now: () => now,
    });
    await expect(notifier.notify(change)).resolves.toBeUndefined();
    await notifier.notify(change);
    expect(send).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    now += NOTIFICATION_PAUSE_MS;
    await notifier.notify(change);
    expect(send).toHaveBeenCalledTimes(2);
    expect(logger.warn).toHaveBeenCalledTimes(1);
  });
});
