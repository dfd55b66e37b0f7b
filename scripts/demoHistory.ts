/*
 * Writes the demo history (issue 21, item 8; docs/improvement.md, "Demo
 * history") into the ITSM plugin's database as configured for the
 * backend: six months of incidents, changes, problems and releases,
 * through the plugin's own use cases, as the backend does on first start
 * with `itsm.improvement.demoHistory: true`. Does nothing where incidents
 * older than a week exist.
 *
 *   yarn demo:history [--config app-config.yaml]... [--seed 20261]
 *                     [--months 6] [--incidents 1500] [--changes 300]
 *                     [--problems 150] [--releases 80]
 *
 * The database comes from `backend.database` of the configuration (by
 * default app-config.yaml, and app-config.local.yaml when it exists), read
 * from packages/backend as the backend reads it; the people and services
 * from the demo catalog in examples/, so the backend need not run. Stop
 * the backend first on SQLite (one writer at a time).
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '@backstage/config-loader';
import { ConfigReader } from '@backstage/config';
import { DatabaseManager } from '@backstage/backend-defaults/database';
import { LoggerService } from '@backstage/backend-plugin-api';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { DatabaseRecordStore } from '../plugins/itsm-backend/src/core/database/DatabaseRecordStore';
import { DatabaseSlaClockStore } from '../plugins/itsm-backend/src/core/database/DatabaseSlaClockStore';
import { RecordChangePublisher } from '../plugins/itsm-backend/src/core/services/RecordChangePublisher';
import { exampleCatalog } from '../plugins/itsm-backend/src/improvement/__testUtils__/exampleCatalog';
import { writeDemoHistory } from '../plugins/itsm-backend/src/improvement/demo/writeDemoHistory';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const number = (name: string) => {
  const value = option(name);
  return value === undefined ? undefined : Number(value);
};

const logger: LoggerService = {
  info: message => console.log(message),
  warn: message => console.warn(message),
  error: message => console.error(message),
  debug: () => {},
  child: () => logger,
};

async function main() {
  const files = args
    .flatMap((arg, i) => (args[i - 1] === '--config' ? [arg] : []))
    .map(file => path.resolve(root, file));
  if (files.length === 0) {
    files.push(path.join(root, 'app-config.yaml'));
    const local = path.join(root, 'app-config.local.yaml');
    if (fs.existsSync(local)) files.push(local);
  }
  const { appConfigs } = await loadConfig({
    configRoot: root,
    configTargets: files.map(file => ({ path: file })),
  });
  const config = ConfigReader.fromConfigs(appConfigs);

  // Relative SQLite directories are read from where the backend runs.
  process.chdir(path.join(root, 'packages/backend'));
  fs.mkdirSync(path.resolve('../../data/sqlite'), { recursive: true });
  const database = DatabaseManager.fromConfig(config).forPlugin('itsm', {
    logger,
    lifecycle: {
      addStartupHook: () => {},
      addBeforeShutdownHook: () => {},
      addShutdownHook: () => {},
    },
  });
  const knex = await database.getClient();
  try {
    const store = await DatabaseRecordStore.create({ knex });
    const started = Date.now();
    const result = await writeDemoHistory(
      {
        knex,
        store,
        clocks: new DatabaseSlaClockStore(knex),
        config,
        catalog: catalogServiceMock({ entities: exampleCatalog() as any }),
        auth: {
          getOwnServiceCredentials: async () => ({
            $$type: '@backstage/BackstageCredentials',
            principal: { type: 'service', subject: 'plugin:itsm' },
          }),
        } as any,
        auditor: {
          createEvent: async () => ({
            success: async () => {},
            fail: async () => {},
          }),
        },
        publisher: new RecordChangePublisher(
          { publish: async () => {} },
          logger,
        ),
        logger,
        notifications: { send: async () => {} },
      },
      {
        seed: number('seed'),
        size: {
          ...(number('months') ? { months: number('months') } : {}),
          ...(number('incidents') !== undefined
            ? { incidents: number('incidents') }
            : {}),
          ...(number('changes') !== undefined
            ? { changes: number('changes') }
            : {}),
          ...(number('problems') !== undefined
            ? { problems: number('problems') }
            : {}),
          ...(number('releases') !== undefined
            ? { releases: number('releases') }
            : {}),
        },
      },
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (result.outcome === 'skipped') {
      console.log(
        'Nothing written: the database has incidents older than a week (the history is written into a fresh demo only).',
      );
    } else {
      console.log(
        `${result.outcome} in ${seconds} s: ${JSON.stringify(result.counts)}`,
      );
    }
  } finally {
    await knex.destroy();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
