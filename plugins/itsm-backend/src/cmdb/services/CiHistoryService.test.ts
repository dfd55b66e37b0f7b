import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { CiClassRule } from '@backstage-itsm/plugin-itsm-common';
import { CatalogCiReader } from '../catalog/CatalogCiReader';
import { DatabaseCiHistoryStore } from '../database/DatabaseCiHistoryStore';
import { DatabaseRecordStore } from '../../core/database/DatabaseRecordStore';
import { aNewRecord } from '../../core/__testUtils__/aNewRecord';
import { CiChangeNotifier } from './CiChangeNotifier';
import { CiHistoryService } from './CiHistoryService';
import { CmdbReader } from './CmdbReader';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

function server(etag: string, spec: Record<string, unknown> = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: 'srv-db-01',
      namespace: 'default',
      uid: 'uid-srv',
      etag,
      title: 'DB Server 01',
      annotations: {
        'backstage.io/managed-by-location': 'file:/inventory/datacenter.csv',
        'itsm/model': 'PowerEdge R750',
      },
    },
    spec: { type: 'server', owner: 'platform-team', ...spec },
  };
}

const team: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'platform-team', namespace: 'default', etag: 'g1' },
  spec: { type: 'team', children: [] },
};

async function setup() {
  const knex = await databases.init('SQLITE_3');
  const records = await DatabaseRecordStore.create({ knex });
  const notifications = { send: jest.fn() } as jest.Mocked<NotificationService>;
  let catalogEntities: Entity[] = [server('e1'), team];
  const catalog = () => catalogServiceMock({ entities: catalogEntities });
  // The reader asks a catalog that holds whatever the test put there last.
  const reader = new CatalogCiReader(
    {
      queryEntities: (request, options) =>
        catalog().queryEntities(request, options),
      getEntitiesByRefs: (request, options) =>
        catalog().getEntitiesByRefs(request, options),
    } as CatalogService,
    ['Component', 'Resource'],
  );
  const history = await DatabaseCiHistoryStore.create({
    knex,
    skipMigrations: true,
  });
  const now = () => new Date('2026-11-28T10:00:00.000Z');
  const logger = mockServices.logger.mock();
  const serviceWith = (classRules: CiClassRule[]) =>
    new CiHistoryService({
      history,
      records,
      reader,
      classRules,
      auth: mockServices.auth(),
      logger,
      notifier: new CiChangeNotifier({ notifications, logger }),
      now,
    });
  const service = serviceWith([]);
  return {
    service,
    cmdb: new CmdbReader({ history, reader, now }),
    history,
    reader,
    serviceWith,
    records,
    notifications,
    setCatalog: (entities: Entity[]) => {
      catalogEntities = entities;
    },
  };
}

describe('CiHistoryService', () => {
  it('records where items stand on the first look, without calling it a change', async () => {
    const { service, cmdb } = await setup();
    expect(await service.look()).toEqual({ items: 1, changes: [] });
    expect((await cmdb.listChanges({})).items).toEqual([]);
  });

  it('records a change field by field, flags it as unauthorised and tells the owner', async () => {
    const { service, cmdb, notifications, setCatalog } = await setup();
    await service.look();
    setCatalog([server('e2', { owner: 'dba-team' }), team]);

    const { changes } = await service.look();

    expect(changes).toEqual([
      {
        id: expect.any(String),
        entityRef: 'resource:default/srv-db-01',
        entityUid: 'uid-srv',
        kind: 'modified',
        differences: [
          { path: 'spec.owner', before: 'platform-team', after: 'dba-team' },
        ],
        sourceLocation: 'file:/inventory/datacenter.csv',
        unauthorized: true,
        detectedAt: '2026-11-28T10:00:00.000Z',
      },
    ]);
    expect(notifications.send).toHaveBeenCalledWith({
      recipients: { type: 'entity', entityRef: 'group:default/dba-team' },
      payload: expect.objectContaining({
        title: 'Unauthorised change to DB Server 01',
        description:
          'Changed with no change record in implementation: spec.owner',
        link: '/catalog/default/resource/srv-db-01',
        severity: 'high',
      }),
    });
    expect((await cmdb.listChanges({ unauthorized: true })).items).toEqual(
      changes,
    );
  });

  it('ties a change to the change record in implementation whose approval covers the item', async () => {
    const { service, records, notifications, setCatalog } = await setup();
    await service.look();
    const approvedFor = (entityRefs: string[]) => ({
      model: 'normal',
      approval: { round: 1, status: 'approved', covers: { entityRefs } },
    });
    const { record } = await records.createRecord(
      aNewRecord({
        type: 'change',
        state: 'implementing',
        entityRefs: ['resource:default/srv-db-01'],
        fields: approvedFor(['resource:default/srv-db-01']),
      }),
    );
    // Newer, and names the item now, but its approval covered another.
    await records.createRecord(
      aNewRecord({
        type: 'change',
        state: 'implementing',
        entityRefs: ['resource:default/srv-db-01'],
        fields: approvedFor(['resource:default/srv-web-01']),
      }),
    );
    setCatalog([server('e2', { type: 'virtual-server' }), team]);

    const { changes } = await service.look();

    expect(changes).toEqual([
      expect.objectContaining({
        authorizedBy: { id: record.id, ref: record.ref },
        unauthorized: false,
      }),
    ]);
    expect(notifications.send).not.toHaveBeenCalled();
  });

  it('ignores an etag that moved without a tracked field changing', async () => {
    const { service, setCatalog } = await setup();
    await service.look();
    setCatalog([server('e2'), team]);
    expect((await service.look()).changes).toEqual([]);
    setCatalog([server('e2', { owner: 'dba-team' }), team]);
    // The etag is the same as the last look's: the item is not read again.
    expect((await service.look()).changes).toEqual([]);
  });

  it('records items that appear and leave, with what they held', async () => {
    const { service, cmdb, setCatalog } = await setup();
    await service.look();
    const web: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'web', namespace: 'default', etag: 'w1' },
      spec: { type: 'website', owner: 'web-team' },
    };
    setCatalog([web, team]);

    const { changes } = await service.look();

    expect(changes.map(c => [c.entityRef, c.kind, c.differences])).toEqual([
      [
        'component:default/web',
        'added',
        [
          { path: 'spec.owner', after: 'web-team' },
          { path: 'spec.type', after: 'website' },
        ],
      ],
      [
        'resource:default/srv-db-01',
        'removed',
        [
          {
            path: 'metadata.annotations.backstage.io/managed-by-location',
            before: 'file:/inventory/datacenter.csv',
          },
          { path: 'metadata.annotations.itsm/model', before: 'PowerEdge R750' },
          { path: 'metadata.title', before: 'DB Server 01' },
          { path: 'spec.owner', before: 'platform-team' },
          { path: 'spec.type', before: 'server' },
        ],
      ],
    ]);
    expect(
      (await cmdb.listChanges({ entityRef: 'Resource:default/SRV-DB-01' }))
        .items,
    ).toHaveLength(1);
  });

  it('keeps the CMDB index of each item: class, owner, support group, when it last changed', async () => {
    const { service, cmdb, setCatalog } = await setup();
    await service.look();
    const credentials = mockCredentials.user();
    const listed = await cmdb.listItems({}, credentials);
    expect(listed.items).toEqual([
      {
        entityRef: 'resource:default/srv-db-01',
        kind: 'resource',
        type: 'server',
        title: 'DB Server 01',
        ciClass: 'hardware/server',
        classified: true,
        owner: 'group:default/platform-team',
        supportGroup: 'group:default/platform-team',
        changedAt: '2026-11-28T10:00:00.000Z',
      },
    ]);
    expect(
      (await cmdb.listItems({ ciClass: 'software' }, credentials)).items,
    ).toEqual([]);

    setCatalog([server('e2', { owner: 'dba-team' }), team]);
    await service.look();
    const report = await cmdb.report({ staleDays: 30 }, credentials);
    expect(report.byOwner).toEqual([
      { key: 'group:default/dba-team', count: 1 },
    ]);
    expect(report.counts).toEqual({
      noOwner: 0,
      unclassified: 0,
      noSupportGroup: 0,
      stale: 0,
    });
  });

  it('keeps the relations an impact follows in the index, and a relation that moves, without calling it a change', async () => {
    const { service, history, setCatalog } = await setup();
    const related = (etag: string, dependent: string): Entity => ({
      ...server(etag),
      relations: [
        { type: 'ownedBy', targetRef: 'group:default/platform-team' },
        { type: 'dependencyOf', targetRef: dependent },
        { type: 'dependsOn', targetRef: 'resource:default/San-01' },
      ],
    });
    const ref = 'resource:default/srv-db-01';
    setCatalog([related('e1', 'component:default/payments'), team]);
    await service.look();
    expect((await history.impactNodes([ref], 'downstream')).get(ref)).toEqual({
      entityRef: ref,
      kind: 'Resource',
      title: 'DB Server 01',
      ciClass: 'hardware/server',
      owners: ['group:default/platform-team'],
      next: [
        { entityRef: 'component:default/payments', relation: 'dependencyOf' },
      ],
    });
    expect(
      (await history.impactNodes([ref], 'upstream')).get(ref)?.next,
    ).toEqual([
      { entityRef: 'resource:default/san-01', relation: 'dependsOn' },
    ]);

    // The catalog relates another dependent: the entity's etag moves.
    setCatalog([related('e2', 'component:default/ledger'), team]);
    expect((await service.look()).changes).toEqual([]);
    expect(
      (await history.impactNodes([ref], 'downstream')).get(ref)?.next,
    ).toEqual([
      { entityRef: 'component:default/ledger', relation: 'dependencyOf' },
    ]);
  });

  it('reads every item again when the class rules change, reclassifying it without calling it a change', async () => {
    const { service, serviceWith, cmdb, reader } = await setup();
    await service.look();
    const itemClass = async () =>
      (await cmdb.listItems({}, mockCredentials.service())).items[0]?.ciClass;
    expect(await itemClass()).toBe('hardware/server');

    // The same catalog, the etags unmoved: only the rules changed.
    const reclassified = serviceWith([
      { kind: 'Resource', type: 'server', class: 'hardware', subclass: 'host' },
    ]);
    expect(await reclassified.look()).toEqual({ items: 1, changes: [] });
    expect(await itemClass()).toBe('hardware/host');
    // The look after, under the same rules, reads no item again.
    const read = jest.spyOn(reader, 'entities');
    await reclassified.look();
    expect(read).toHaveBeenCalledWith([], expect.anything());
  });

  it('refuses a cursor it did not give', async () => {
    const { cmdb } = await setup();
    await expect(
      cmdb.listItems({ cursor: 'nonsense' }, mockCredentials.user()),
    ).rejects.toThrow('cursor is not valid');
  });
});
