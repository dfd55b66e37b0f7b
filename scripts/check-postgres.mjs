#!/usr/bin/env node
// Exits 0 when the test PostgreSQL answers and the user may create databases.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pg = createRequire(path.join(root, 'package.json'))('pg');
const connectionString =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;

const client = new pg.Client({
  connectionString,
  connectionTimeoutMillis: 5000,
});
try {
  await client.connect();
  const { rows } = await client.query(
    'SELECT rolcreatedb OR rolsuper AS ok, version() AS version FROM pg_roles WHERE rolname = current_user',
  );
  if (!rows[0]?.ok) {
    throw new Error('the user may not create databases');
  }
  console.log(
    `PostgreSQL: ${rows[0].version.split(',')[0]} at ${connectionString}`,
  );
  process.exit(0);
} catch (error) {
  console.error(
    `PostgreSQL at ${connectionString} is not usable: ${error.message}`,
  );
  process.exit(1);
} finally {
  await client.end().catch(() => {});
}
