import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { ctx } from '../../__testUtils__/setupRecordService';
import { RecordChange } from '../../core/model/notificationModel';
import {
  DefaultRecordNotifier,
  RecordNotifier,
} from '../../core/services/DefaultRecordNotifier';
import { planChangeNotifications } from '../domain/planChangeNotifications';
import {
  olivia,
  paula,
  request,
  setupChangeUseCases,
} from '../__testUtils__/setupChangeUseCases';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

/** The catalog's names of the people and services of the tests. */
const catalogNames: Record<string, string> = {
  'user:default/pat.engineer': 'Pat Emerson',
  'user:default/olivia.ops': 'Olivia Okafor',
  'component:default/checkout-service': 'Checkout Service',
};

/**
 * The record service with the change notification rules, the notifier
 * naming people from a fake catalog, and what it sent.
 */
async function setup(id: Parameters<typeof setupChangeUseCases>[1]) {
  const sent: NotificationSendOptions[] = [];
  const notifier = new DefaultRecordNotifier({
    notifications: { send: async options => void sent.push(options) },
    logger: mockServices.logger.mock(),
    rules: {
      change: { plan: planChangeNotifications, path: '/itsm/changes' },
    },
    names: {
      namesOf: async refs =>
        new Map(
          refs.flatMap(ref =>
            catalogNames[ref] ? [[ref, catalogNames[ref]]] : [],
          ),
        ),
    },
  });
  // The service notifies after its transaction without waiting: wait here.
  const pending: Promise<void>[] = [];
  const waiting: RecordNotifier = {
    notify: (change: RecordChange) => {
      const done = notifier.notify(change);
      pending.push(done);
      return done;
    },
  };
  const env = await setupChangeUseCases(databases, id, { notifier: waiting });
  const told = async (scope: string) => {
    await Promise.all(pending);
    return sent.filter(s => s.payload.scope === `CHG-1:${scope}`).at(-1)
      ?.payload;
  };
  return { ...env, told };
}

describe.each(databases.eachSupportedId())(
  'the change notifications on %p',
  id => {
    it('name the requester, the service and the window in words, as stored and read back', async () => {
      const { service, move, approvals, told } = await setup(id);
      await service.create('change', request, ctx);
      await move('submit', ctx);
      expect(await told('review')).toMatchObject({
        title: 'Change to accept: CHG-1: Upgrade checkout to Node 22',
        description:
          'Requested by Pat Emerson for Checkout Service, 2 Dec 2026, 20:00–22:00 UTC.\n\nMove the checkout service to the Node 22 base image',
      });

      await move('accept', olivia);
      await move('assess', olivia, { assessment: 'Low risk' });
      await move('request_approval', olivia);
      expect((await told('approval'))?.description).toMatch(
        /^Requested by Pat Emerson for Checkout Service, 2 Dec 2026, 20:00–22:00 UTC\./,
      );

      await approvals.decide('CHG-1', { decision: 'approve' }, paula);
      expect(await told('scheduled')).toMatchObject({
        title: 'Scheduled: CHG-1: Upgrade checkout to Node 22',
        description: '2 Dec 2026, 20:00–22:00 UTC',
      });
      expect((await told('stakeholders'))?.title).toBe(
        'Planned change CHG-1: Upgrade checkout to Node 22, 2 Dec 2026, 20:00–22:00 UTC',
      );
    });

    it('say who returned a change and why', async () => {
      const { service, move, told } = await setup(id);
      await service.create('change', request, ctx);
      await move('submit', ctx);
      await move('return', olivia, { reason: 'Add a backout test' });
      expect(await told('returned')).toMatchObject({
        title: 'Returned to you: CHG-1: Upgrade checkout to Node 22',
        description: 'Olivia Okafor: Add a backout test',
      });
    });
  },
);
