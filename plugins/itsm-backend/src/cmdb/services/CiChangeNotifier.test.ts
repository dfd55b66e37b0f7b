import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { StoredCiChange } from '../database/CiHistoryStore';
import { CiChangeNotifier } from './CiChangeNotifier';

const server = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name, namespace: 'default' },
  spec: { type: 'server', owner: 'platform-team' },
});

const added = (name: string, id: number): StoredCiChange => ({
  id: String(id),
  entityRef: `resource:default/${name}`,
  kind: 'added',
  differences: [{ path: 'spec.type', after: 'server' }],
  unauthorized: true,
  detectedAt: '2026-11-29T10:00:00.000Z',
});

describe('CiChangeNotifier', () => {
  const names = ['srv-1', 'srv-2', 'srv-3'];
  const entities = new Map(
    names.map(n => [`resource:default/${n}`, server(n)]),
  );
  const changes = names.map(added);

  it("tells each item's owner of its unauthorised change", async () => {
    const send = jest.fn(async () => {});
    const notifier = new CiChangeNotifier({
      notifications: { send },
      logger: mockServices.logger.mock(),
    });
    await notifier.notifyUnauthorized(changes, entities, new Map());
    expect(send).toHaveBeenCalledTimes(3);
    expect(send).toHaveBeenCalledWith({
      recipients: { type: 'entity', entityRef: 'group:default/platform-team' },
      payload: expect.objectContaining({
        title: 'Unauthorised change to srv-1',
        link: '/catalog/default/resource/srv-1',
        topic: 'itsm-unauthorised-change',
      }),
    });
  });

  it('stops asking a notifications backend that failed, warning once, not once per change', async () => {
    let now = 0;
    const send = jest.fn(async () => {
      throw new Error('Request failed with status 404');
    });
    const logger = mockServices.logger.mock();
    const notifier = new CiChangeNotifier({
      notifications: { send },
      logger,
      now: () => now,
    });
    await notifier.notifyUnauthorized(changes, entities, new Map());
    await notifier.notifyUnauthorized(changes, entities, new Map());
    expect(send).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledTimes(1);

    now += 60_000;
    await notifier.notifyUnauthorized(changes, entities, new Map());
    expect(send).toHaveBeenCalledTimes(2);
    expect(logger.warn).toHaveBeenCalledTimes(1);
  });
});
