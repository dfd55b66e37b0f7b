import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { DatabaseRecordStore } from '../database/DatabaseRecordStore';

/**
 * The databases a record store test runs on: SQLite, and PostgreSQL when
 * its connection string is given. Call it once at the top of a test file,
 * run the tests for each of `ids`, and let each test open a fresh store on
 * its database with `createStore(id)`.
 */
export function recordStoreDatabases(): {
  ids: Array<[TestDatabaseId]>;
  createStore: (
    id: TestDatabaseId,
  ) => Promise<{ knex: Knex; store: DatabaseRecordStore }>;
} {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });
  return {
    ids: databases.eachSupportedId(),
    async createStore(id) {
      const knex = await databases.init(id);
      return { knex, store: await DatabaseRecordStore.create({ knex }) };
    },
  };
}
