import { Knex } from 'knex';
import { CiFilters, CiListItem, CiReportRows } from '../CiHistoryStore';
import { CiSnapshotRow } from '../../../core/database/tables';
import { rowToItem } from './ciRowMapping';
import { escapeLike } from '../../../core/database/operations/likePattern';

/**
 * The configuration items of the CMDB index that satisfy every given
 * filter, as a query over `itsm_ci_snapshots`.
 */
export function matchCiItems(db: Knex, filters: CiFilters): Knex.QueryBuilder {
  const query = db('itsm_ci_snapshots');
  if (filters.ciClass) {
    const ciClass = filters.ciClass.toLowerCase();
    query.where(q =>
      q
        .where('ci_class', ciClass)
        .orWhereRaw(`ci_class LIKE ? ESCAPE '\\'`, [
          `${escapeLike(ciClass)}/%`,
        ]),
    );
  }
  if (filters.kind) query.where('kind', filters.kind.toLowerCase());
  const exact: [string, string | undefined][] = [
    ['type', filters.type],
    ['owner', filters.owner],
    ['system', filters.system],
    ['lifecycle', filters.lifecycle],
  ];
  for (const [column, value] of exact) {
    if (value) query.where(column, value);
  }
  if (filters.text) {
    const pattern = `%${escapeLike(filters.text.toLowerCase())}%`;
    query.where(q =>
      q
        .whereRaw(`LOWER(title) LIKE ? ESCAPE '\\'`, [pattern])
        .orWhereRaw(`entity_ref LIKE ? ESCAPE '\\'`, [pattern]),
    );
  }
  if (filters.attribute) {
    // The snapshot is JSON of { path: value }: match the pair as written.
    const pair = JSON.stringify({
      [filters.attribute.path]: filters.attribute.value,
    }).slice(1, -1);
    query.whereRaw(`snapshot LIKE ? ESCAPE '\\'`, [`%${escapeLike(pair)}%`]);
  }
  return query;
}

/**
 * The status report (§6.3.3) over the CMDB index: counts by class, owner
 * and lifecycle, and the first `listLimit` items (with the full count) of
 * each problem.
 */
export async function queryCiReport(
  db: Knex,
  options: { staleBefore: string; listLimit: number },
): Promise<CiReportRows> {
  const countBy = async (column: string) => {
    const rows = (await db('itsm_ci_snapshots')
      .select({ key: column })
      .count({ n: '*' })
      .groupBy(column)
      .orderBy([{ column: 'n', order: 'desc' }, { column: 'key' }])) as {
      key: string | null;
      n: number | string;
    }[];
    return rows.map(r => ({ key: r.key ?? '', count: Number(r.n) }));
  };
  const problem = (
    where: (q: Knex.QueryBuilder) => Knex.QueryBuilder,
  ): Promise<[CiListItem[], number]> =>
    Promise.all([
      where(db('itsm_ci_snapshots'))
        .orderBy('entity_ref')
        .limit(options.listLimit)
        .then((rows: CiSnapshotRow[]) => rows.map(rowToItem)),
      where(db('itsm_ci_snapshots'))
        .count({ n: '*' })
        .then((rows: { n: number | string }[]) => Number(rows[0].n)),
    ]);
  const [byClass, byOwner, byLifecycle] = await Promise.all([
    countBy('ci_class'),
    countBy('owner'),
    countBy('lifecycle'),
  ]);
  const [noOwner, noOwnerCount] = await problem(q => q.whereNull('owner'));
  const [unclassified, unclassifiedCount] = await problem(q =>
    q.where('classified', false),
  );
  const [noSupportGroup, noSupportCount] = await problem(q =>
    q.whereNull('support_group'),
  );
  const [stale, staleCount] = await problem(q =>
    q.where('changed_at', '<', options.staleBefore),
  );
  return {
    total: byClass.reduce((sum, c) => sum + c.count, 0),
    byClass,
    byOwner,
    byLifecycle,
    noOwner,
    unclassified,
    noSupportGroup,
    stale,
    counts: {
      noOwner: noOwnerCount,
      unclassified: unclassifiedCount,
      noSupportGroup: noSupportCount,
      stale: staleCount,
    },
  };
}
