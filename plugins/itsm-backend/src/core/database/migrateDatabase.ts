import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@backstage-itsm/plugin-itsm-backend',
  'migrations',
);

const config = {
  directory: migrationsDir,
  tableName: 'itsm_knex_migrations',
  loadExtensions: ['.js'],
};

/** How long a replica waits for another one's migrations. */
const LOCK_WAIT_MS = 120_000;

/**
 * Errors of a migrator that lost a race to another: the lock is held, or the
 * other created Knex's bookkeeping tables first.
 */
function isRaceLost(error: unknown): boolean {
  const message = String((error as Error)?.message);
  return (
    /already locked/i.test(message) ||
    (message.includes(config.tableName) &&
      /already exists|duplicate key/i.test(message))
  );
}

/**
 * Brings the plugin's tables up to the newest migration. Replicas that
 * start together take turns: Knex refuses a second migrator while the lock
 * is held, so a replica waits for the other's migrations, then finds
 * nothing left to do.
 */
export async function migrateDatabase(knex: Knex): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      await knex.migrate.latest(config);
      return;
    } catch (error) {
      if (!isRaceLost(error) || Date.now() > deadline) {
        throw error;
      }
      await new Promise(resolve =>
        setTimeout(resolve, 250 + Math.random() * 250),
      );
    }
  }
}

/** Undoes every migration (used by the migration tests). */
export async function rollbackDatabase(knex: Knex): Promise<void> {
  await knex.migrate.rollback(config, true);
}
