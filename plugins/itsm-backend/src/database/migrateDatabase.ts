import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@backstage-itsm/plugin-itsm-backend',
  'migrations',
);

/** Brings the plugin's tables up to the newest migration. */
export async function migrateDatabase(knex: Knex): Promise<void> {
  await knex.migrate.latest({
    directory: migrationsDir,
    tableName: 'itsm_knex_migrations',
    loadExtensions: ['.js'],
  });
}

/** Undoes every migration (used by the migration tests). */
export async function rollbackDatabase(knex: Knex): Promise<void> {
  await knex.migrate.rollback(
    {
      directory: migrationsDir,
      tableName: 'itsm_knex_migrations',
      loadExtensions: ['.js'],
    },
    true,
  );
}
