// Starting and stopping backend processes for the race, benchmark and
// end-to-end runs, each with its own config file.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

export const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
);
export const requireFromRoot = createRequire(path.join(root, 'package.json'));

/** A PostgreSQL connection config for Backstage from a connection string. */
export function postgresConnection(connectionString) {
  const url = new URL(connectionString);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username || 'postgres'),
    password: decodeURIComponent(url.password || ''),
  };
}

/**
 * Starts `entry` (a TypeScript backend entry point) with `configFiles`
 * and then `config` (which wins) as its config. Returns the process and a
 * `stop()`.
 */
export function startBackend({
  entry,
  config,
  configFiles = [],
  cwd = root,
  env = {},
  nodeArgs = [],
  name = 'backend',
}) {
  const configFile = path.join(
    os.tmpdir(),
    `itsm-${name}-${process.pid}-${config.backend.listen.port}.json`,
  );
  fs.writeFileSync(configFile, JSON.stringify(config));
  const child = spawn(
    process.execPath,
    [
      ...nodeArgs,
      '--require',
      requireFromRoot.resolve('@backstage/cli/config/nodeTransform.cjs'),
      entry,
      ...[...configFiles, configFile].flatMap(file => ['--config', file]),
    ],
    {
      cwd,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    },
  );
  return {
    child,
    baseUrl: config.backend.baseUrl,
    async stop() {
      fs.rmSync(configFile, { force: true });
      if (child.exitCode !== null) return;
      const exited = new Promise(resolve => child.once('exit', resolve));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return;
      }
      await Promise.race([exited, new Promise(r => setTimeout(r, 5000))]);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // gone
      }
    },
  };
}

/**
 * Runs `entry` (a TypeScript script) to its end with Backstage's transform,
 * as startBackend runs a backend; rejects if it fails.
 */
export function runTypeScript({ entry, env = {}, cwd = root }) {
  const child = spawn(
    process.execPath,
    [
      '--require',
      requireFromRoot.resolve('@backstage/cli/config/nodeTransform.cjs'),
      entry,
    ],
    { cwd, env: { ...process.env, ...env }, stdio: 'inherit' },
  );
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', code =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(entry)} exited with ${code}`)),
    );
  });
}

/** Waits until `url` answers 2xx. */
export async function waitFor(url, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up within ${timeoutMs / 1000}s`);
}

/** Drops every database whose name starts with `prefix`. */
export async function dropDatabases(connectionString, prefix) {
  const pg = requireFromRoot('pg');
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${prefix}%`],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}
