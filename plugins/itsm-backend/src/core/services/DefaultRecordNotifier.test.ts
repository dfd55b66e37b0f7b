import { mockServices } from '@backstage/backend-test-utils';
import { RecordChange } from '../model/notificationModel';
import { aStoredRecord } from '../__testUtils__/aStoredRecord';
import { planChangeNotifications } from '../../changes/domain/planChangeNotifications';
import { planIncidentNotifications } from '../../incidents/domain/planIncidentNotifications';

/** The rules of incidents and changes, as their modules register them. */
const rules = {
  incident: {
    plan: (change: RecordChange, nameOf: (ref: string) => string) =>
      planIncidentNotifications(change, { managementRecipients: [] }, nameOf),
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

  it('names the people and entities the texts name from the catalog, only when it sends', async () => {
    const send = jest.fn(async () => {});
    const names = {
      namesOf: jest.fn(async (refs: string[]) => {
        const known: Record<string, string> = {
          'user:default/rita.requester': 'Rita Reyes',
          'component:default/checkout-service': 'Checkout Service',
        };
        return new Map(refs.map(ref => [ref, known[ref] ?? ref]));
      }),
    };
    const notifier = new DefaultRecordNotifier({
      notifications: { send },
      logger: mockServices.logger.mock(),
      rules,
      names,
    });
    const submitted = aStoredRecord({
      type: 'change',
      ref: 'CHG-1',
      state: 'submitted',
      reportedBy: 'user:default/rita.requester',
      assignmentGroup: 'group:default/it-operations',
      entityRefs: ['component:default/checkout-service'],
    });
    await notifier.notify({
      after: submitted,
      event: {
        kind: 'transition',
        actor: 'user:default/rita.requester',
        data: { to: 'submitted' },
      },
    });
    expect(names.namesOf).toHaveBeenCalledTimes(1);
    expect(names.namesOf.mock.calls[0][0].sort()).toEqual([
      'component:default/checkout-service',
      'user:default/rita.requester',
    ]);
    expect(send).toHaveBeenCalledWith(
      expect.objectContaining({
        payload: expect.objectContaining({
          description:
            'Requested by Rita Reyes for Checkout Service, unscheduled.',
        }),
      }),
    );
    // A change that tells nobody reads no names.
    await notifier.notify({
      after: { ...submitted, state: 'draft' },
      event: {
        kind: 'updated',
        actor: 'user:default/rita.requester',
        data: {},
      },
    });
    expect(names.namesOf).toHaveBeenCalledTimes(1);
  });
});
