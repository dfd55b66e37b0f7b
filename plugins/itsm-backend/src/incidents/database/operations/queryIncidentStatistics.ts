import { Knex } from 'knex';
import type {
  StatisticsQuery,
  StatisticsRows,
  VolumeDimension,
} from '../../model/statisticsModel';
import { applyRecordFilter } from '../../../core/database/operations/applyRecordFilter';

/** The column each dimension of incident volumes is counted by. */
export const volumeDimensions = {
  category: 'r.category',
  priority: 'r.priority',
  channel: 'r.channel',
  assignmentGroup: 'r.assignment_group',
} as const satisfies Record<VolumeDimension, string>;

function isPostgres(db: Knex) {
  return db.client.config.client === 'pg';
}

/** The UTC day of a timestamp column, as YYYY-MM-DD. */
function dayOf(db: Knex, column: string): Knex.Raw {
  return isPostgres(db)
    ? db.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`)
    : db.raw(`substr(${column}, 1, 10)`);
}

/** Seconds from one timestamp column to another. */
function secondsBetween(db: Knex, from: string, to: string): string {
  return isPostgres(db)
    ? `EXTRACT(EPOCH FROM (${to} - ${from}))`
    : `((julianday(${to}) - julianday(${from})) * 86400)`;
}

/**
 * Counts and sums for incident statistics (§2.3.4), in SQL on SQLite and
 * PostgreSQL, over the records the permission criteria let through.
 */
export async function queryIncidentStatistics(
  db: Knex,
  query: StatisticsQuery,
): Promise<StatisticsRows> {
  const base = () => {
    const q = db('itsm_records as r').where('r.type', query.type);
    if (query.anyOfEntityRefs) {
      q.whereIn(
        'r.id',
        db('itsm_record_entities')
          .select('record_id')
          .where('record_type', query.type)
          .whereIn('entity_ref', query.anyOfEntityRefs),
      );
    }
    if (query.assignmentGroups) {
      q.whereIn('r.assignment_group', query.assignmentGroups);
    }
    if (query.filter) {
      const filter = query.filter;
      q.where(inner => applyRecordFilter(inner, db, filter));
    }
    return q;
  };
  const within = (column: string) => (q: Knex.QueryBuilder) =>
    q.where(column, '>=', query.from).where(column, '<', query.to);

  const volumes = Object.fromEntries(
    await Promise.all(
      (Object.keys(volumeDimensions) as VolumeDimension[]).map(
        async dimension => {
          const column = volumeDimensions[dimension];
          const rows: {
            day: string;
            key: string | null;
            n: string | number;
          }[] = await within('r.created_at')(base())
            .select({ day: dayOf(db, 'r.created_at'), key: column })
            .count({ n: '*' })
            .groupBy('day', column);
          return [
            dimension,
            rows.map(r => ({ day: r.day, key: r.key, count: Number(r.n) })),
          ];
        },
      ),
    ),
  ) as StatisticsRows['volumes'];

  const [accepted] = await within('r.accepted_at')(base()).select(
    db.raw('COUNT(*) AS n'),
    db.raw(
      `COALESCE(SUM(${secondsBetween(
        db,
        'r.created_at',
        'r.accepted_at',
      )}), 0) AS s`,
    ),
  );
  const [resolved] = await within('r.resolved_at')(base()).select(
    db.raw('COUNT(*) AS n'),
    db.raw(
      `COALESCE(SUM(${secondsBetween(
        db,
        'r.created_at',
        'r.resolved_at',
      )}), 0) AS s`,
    ),
    db.raw(
      `SUM(CASE WHEN r.support_tier = 'L1' AND r.escalation_count = 0 AND r.reopen_count = 0 THEN 1 ELSE 0 END) AS fcr`,
    ),
  );
  const [firstResolved] = await within('r.first_resolved_at')(base()).select(
    db.raw('COUNT(*) AS n'),
    db.raw('SUM(CASE WHEN r.reopen_count > 0 THEN 1 ELSE 0 END) AS reopened'),
  );
  const ratings: { rating: number; n: string | number }[] = await within(
    'r.closed_at',
  )(base())
    .whereNotNull('r.satisfaction_rating')
    .select({ rating: 'r.satisfaction_rating' })
    .count({ n: '*' })
    .groupBy('r.satisfaction_rating');

  return {
    volumes,
    accepted: { count: Number(accepted.n), seconds: Number(accepted.s) },
    resolved: {
      count: Number(resolved.n),
      seconds: Number(resolved.s),
      firstContact: Number(resolved.fcr ?? 0),
    },
    firstResolved: {
      count: Number(firstResolved.n),
      reopened: Number(firstResolved.reopened ?? 0),
    },
    ratings: ratings.map(r => ({
      rating: Number(r.rating),
      count: Number(r.n),
    })),
  };
}
