import { Knex } from 'knex';

/**
 * The outage an entity suffered from `since` to `now`, in minutes: the
 * sum, over its P1 and major incidents opened in that time, of each one's
 * time from being reported to being resolved (or to `now` while it is
 * not), in SQL on SQLite and PostgreSQL; and how many there were.
 */
export async function sumOutageMinutes(
  db: Knex,
  options: { entityRef: string; since: string; now: string },
): Promise<{ minutes: number; incidents: number }> {
  const end = 'COALESCE(r.resolved_at, ?)';
  const seconds =
    db.client.config.client === 'pg'
      ? `EXTRACT(EPOCH FROM (${end}::timestamptz - r.created_at))`
      : `((julianday(${end}) - julianday(r.created_at)) * 86400)`;
  const row = await db('itsm_records as r')
    .join('itsm_record_entities as e', 'e.record_id', 'r.id')
    .where('r.type', 'incident')
    .where('e.record_type', 'incident')
    .where('e.entity_ref', options.entityRef)
    .where('r.created_at', '>=', options.since)
    .where(q =>
      q.where('r.priority', 'P1').orWhere('r.fields', 'like', '%"major":{%'),
    )
    .select(
      db.raw(`COALESCE(SUM(${seconds}), 0) as seconds`, [options.now]),
      db.raw('COUNT(*) as n'),
    )
    .first();
  return {
    minutes: Math.round(Number(row?.seconds ?? 0) / 60),
    incidents: Number(row?.n ?? 0),
  };
}
