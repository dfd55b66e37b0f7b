// Seeds the benchmark database directly through Knex: N incidents spread
// over M entities, each with its entity row and its `created` event, in
// batched transactions. Runs the plugin's own migrations first.
import crypto from 'node:crypto';
import path from 'node:path';
import { root } from '../lib/backendProcess.mjs';
import { entityRef, GROUPS, groupRef, OPEN_STATES } from './dataset.cjs';

export const MIGRATIONS = {
  directory: path.join(root, 'plugins/itsm-backend/migrations'),
  tableName: 'itsm_knex_migrations',
  loadExtensions: ['.js'],
};

export async function seed(knex, { incidents, entities, batch = 1000, log }) {
  await knex.migrate.latest(MIGRATIONS);
  const isPostgres = knex.client.config.client === 'pg';
  const started = Date.now();
  // As in a desk that has run for a while: most incidents are closed.
  const states = [
    ...Array(16).fill('closed'),
    'resolved',
    'new',
    'accepted',
    'in_progress',
  ];
  for (let from = 0; from < incidents; from += batch) {
    const rows = [];
    const entityRows = [];
    const events = [];
    for (let n = from + 1; n <= Math.min(from + batch, incidents); n++) {
      const id = crypto.randomUUID();
      const at = new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString();
      rows.push({
        id,
        type: 'incident',
        number: n,
        title: `Seeded incident ${n}`,
        description: 'seeded for the benchmark',
        // Independent spreads: primes keep state, priority and group apart.
        state: states[(n * 7) % states.length],
        is_open: OPEN_STATES.includes(states[(n * 7) % states.length]),
        priority: `P${((n * 3) % 4) + 1}`,
        assignment_group: groupRef(n % GROUPS),
        support_tier: 'L2',
        reported_by: 'user:default/bench',
        channel: 'portal',
        category: 'software',
        version: 1,
        fields: '{}',
        created_by: 'user:default/bench',
        idempotency_key: null,
        created_at: at,
        updated_at: at,
        resolved_at: null,
        closed_at: null,
      });
      entityRows.push({
        record_id: id,
        entity_ref: entityRef(n % entities),
        record_type: 'incident',
        record_number: n,
      });
      events.push({
        record_id: id,
        kind: 'created',
        actor: 'user:default/bench',
        created_at: at,
        data: '{"state":"new"}',
      });
    }
    // SQLite's multi-row insert is a compound SELECT of at most 500 terms.
    const chunk = isPostgres ? 1000 : 250;
    await knex.transaction(async tx => {
      await tx.batchInsert('itsm_records', rows, chunk);
      await tx.batchInsert('itsm_record_entities', entityRows, chunk);
      await tx.batchInsert('itsm_timeline_events', events, chunk);
    });
    if (log && (from / batch) % 50 === 0) {
      log(`  seeded ${Math.min(from + batch, incidents)} / ${incidents}`);
    }
  }
  if (isPostgres) {
    await knex.raw(`SELECT setval('itsm_incident_number_seq', ?)`, [incidents]);
    // Measure a database in its steady state, as autovacuum keeps a
    // production one: statistics and visibility maps up to date, and the
    // seed's dirty pages written out (not flushed by a checkpoint that
    // happens to fall inside a measure).
    await knex.raw('VACUUM ANALYZE');
    await knex.raw('CHECKPOINT');
  } else {
    await knex('itsm_record_counters')
      .insert({ type: 'incident', last_number: incidents })
      .onConflict('type')
      .merge();
    await knex.raw('ANALYZE');
  }
  return (Date.now() - started) / 1000;
}
