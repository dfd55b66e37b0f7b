import {
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { JsonObject } from '@backstage/types';
import { Knex } from 'knex';
import { Server } from 'node:http';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { itsmPlugin } from '../../plugin';
import { intakeCatalog } from './intakeCatalog';

/**
 * The plugin on a fresh database of the given kind, with the intake
 * catalog (and the given configuration), for HTTP tests of the intake
 * channels.
 */
export async function startIntakeBackend(
  databases: TestDatabases,
  id: TestDatabaseId,
  config: JsonObject = {},
): Promise<{ server: Server; knex: Knex }> {
  const knex = await databases.init(id);
  const { server } = await startTestBackend({
    features: [
      itsmPlugin,
      catalogServiceMock.factory({ entities: intakeCatalog }),
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({ data: config }),
    ],
  });
  return { server, knex };
}
