import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mockServices } from '@backstage/backend-test-utils';
import { SchedulerServiceTaskRunner } from '@backstage/backend-plugin-api';
import {
  EntityProviderConnection,
  EntityProviderMutation,
} from '@backstage/plugin-catalog-node';
import { InventoryEntityProvider } from './InventoryEntityProvider';

/** Runs the provider's task once, at once, as the first tick would. */
const runNow: SchedulerServiceTaskRunner = {
  run: async task => {
    await task.fn(new AbortController().signal);
  },
};

function setup(fileName: string, text: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itsm-inventory-'));
  const file = path.join(dir, fileName);
  fs.writeFileSync(file, text);
  const mutations: EntityProviderMutation[] = [];
  const connection: EntityProviderConnection = {
    applyMutation: async mutation => {
      mutations.push(mutation);
    },
    refresh: async () => {},
  };
  const logger = mockServices.logger.mock();
  const provider = new InventoryEntityProvider({
    file,
    logger,
    taskRunner: runNow,
  });
  return { dir, file, mutations, connection, logger, provider };
}

describe('InventoryEntityProvider', () => {
  it('gives the catalog every device of the file on connect, as a full mutation', async () => {
    const { file, mutations, connection, provider } = setup(
      'devices.csv',
      'name,type,owner\nsrv-1,server,ops\nsw-1,network-device,ops\n',
    );
    await provider.connect(connection);

    expect(provider.getProviderName()).toBe(`itsm-inventory:${file}`);
    expect(mutations).toHaveLength(1);
    expect(mutations[0]).toMatchObject({ type: 'full' });
    const entities = (mutations[0] as { entities: any[] }).entities;
    expect(entities.map(e => [e.entity.metadata.name, e.locationKey])).toEqual([
      ['srv-1', `itsm-inventory:${file}`],
      ['sw-1', `itsm-inventory:${file}`],
    ]);
    expect(
      entities[0].entity.metadata.annotations[
        'backstage.io/managed-by-location'
      ],
    ).toBe(`file:${file}`);
  });

  it('keeps the last good import when the file turns bad, and logs each problem with file and line', async () => {
    const { file, mutations, connection, logger, provider } = setup(
      'devices.csv',
      'name,type,owner\nsrv-1,server,ops\n',
    );
    await provider.connect(connection);
    fs.writeFileSync(file, 'name,type,owner\nsrv-1,server,ops\nsrv-2,,ops\n');

    const result = await provider.read();

    expect(result).toEqual({
      problems: [
        { file, line: 3, message: expect.stringContaining('type is required') },
      ],
    });
    expect(mutations).toHaveLength(1);
    expect(logger.error).toHaveBeenCalledWith(
      `Inventory ${file}:3: type is required (e.g. server, network-device, storage)`,
    );
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining(
        'was not imported (1 problems); the catalog keeps its last good import',
      ),
    );
  });

  it('picks up a corrected file on the next read', async () => {
    const { file, mutations, connection, provider } = setup(
      'devices.yaml',
      '- name: srv-1\n  type: server\n',
    );
    await provider.connect(connection);
    expect(mutations).toHaveLength(0);

    fs.writeFileSync(file, '- name: srv-1\n  type: server\n  owner: ops\n');
    expect(await provider.read()).toEqual({ imported: 1 });
    expect(mutations).toHaveLength(1);
  });

  it('says when the file cannot be read', async () => {
    const { dir, connection, logger } = setup('devices.csv', '');
    const missing = path.join(dir, 'gone.csv');
    const provider = new InventoryEntityProvider({
      file: missing,
      logger,
      taskRunner: runNow,
    });
    await provider.connect(connection);
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringMatching(
        new RegExp(`^Inventory ${missing}: cannot read it`),
      ),
    );
  });
});
