import { Knex } from 'knex';
import {
  CiFilters,
  CiHistoryStore,
  CiListItem,
  CiReportRows,
  NewCiChange,
  StoredCiChange,
  StoredCiSnapshot,
} from './CiHistoryStore';
import { migrateDatabase } from './migrateDatabase';
import { toIso } from './operations/rowMapping';
import { CiChangeRow, CiSnapshotRow } from './tables';

/** Rows per statement, within SQLite's limit of bound parameters. */
const CHUNK = 100;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) {
    out.push(items.slice(i, i + CHUNK));
  }
  return out;
}

/** Escapes LIKE wildcards. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, c => `\\${c}`);
}

function snapshotColumns(s: StoredCiSnapshot) {
  return {
    entity_ref: s.entityRef,
    entity_uid: s.entityUid ?? null,
    etag: s.etag,
    snapshot: JSON.stringify(s.snapshot),
    seen_at: s.seenAt,
    kind: s.index?.kind.toLowerCase() ?? null,
    type: s.index?.type ?? null,
    title: s.index?.title ?? null,
    ci_class: s.index?.ciClass ?? null,
    classified: s.index?.classified ?? false,
    owner: s.index?.owner ?? null,
    system: s.index?.system ?? null,
    lifecycle: s.index?.lifecycle ?? null,
    support_group: s.index?.supportGroup ?? null,
    changed_at: s.changedAt ?? null,
  };
}

function rowToItem(row: CiSnapshotRow): CiListItem {
  const optional = {
    type: row.type,
    owner: row.owner,
    system: row.system,
    lifecycle: row.lifecycle,
    supportGroup: row.support_group,
  };
  return {
    entityRef: row.entity_ref,
    kind: row.kind ?? row.entity_ref.split(':')[0],
    title: row.title ?? row.entity_ref.split('/').pop()!,
    ciClass: row.ci_class ?? 'other',
    classified: Boolean(row.classified),
    ...Object.fromEntries(
      Object.entries(optional).filter(([, v]) => v !== null),
    ),
    ...(row.changed_at ? { changedAt: toIso(row.changed_at) } : {}),
  };
}

function rowToChange(row: CiChangeRow): StoredCiChange {
  return {
    id: String(row.id),
    entityRef: row.entity_ref,
    ...(row.entity_uid ? { entityUid: row.entity_uid } : {}),
    kind: row.kind as StoredCiChange['kind'],
    differences: JSON.parse(row.differences),
    ...(row.source_location ? { sourceLocation: row.source_location } : {}),
    ...(row.authorized_by && row.authorized_by_ref
      ? { authorizedBy: { id: row.authorized_by, ref: row.authorized_by_ref } }
      : {}),
    unauthorized: Boolean(row.unauthorized),
    detectedAt: toIso(row.detected_at),
  };
}

function changeRow(change: NewCiChange): Omit<CiChangeRow, 'id'> {
  return {
    entity_ref: change.entityRef,
    entity_uid: change.entityUid ?? null,
    kind: change.kind,
    differences: JSON.stringify(change.differences),
    source_location: change.sourceLocation ?? null,
    authorized_by: change.authorizedBy?.id ?? null,
    authorized_by_ref: change.authorizedBy?.ref ?? null,
    unauthorized: !change.authorizedBy,
    detected_at: change.detectedAt,
  };
}

/** Keeps the configuration item history in the plugin's database. */
export class DatabaseCiHistoryStore implements CiHistoryStore {
  static async create(options: {
    knex: Knex;
    skipMigrations?: boolean;
  }): Promise<DatabaseCiHistoryStore> {
    if (!options.skipMigrations) {
      await migrateDatabase(options.knex);
    }
    return new DatabaseCiHistoryStore(options.knex);
  }

  private constructor(private readonly db: Knex) {}

  async snapshotEtags(): Promise<Map<string, string>> {
    const rows: Pick<CiSnapshotRow, 'entity_ref' | 'etag'>[] = await this.db(
      'itsm_ci_snapshots',
    ).select('entity_ref', 'etag');
    return new Map(rows.map(r => [r.entity_ref, r.etag]));
  }

  async getSnapshots(
    entityRefs: string[],
  ): Promise<Map<string, StoredCiSnapshot>> {
    const found = new Map<string, StoredCiSnapshot>();
    for (const refs of chunks(entityRefs)) {
      const rows: CiSnapshotRow[] = await this.db('itsm_ci_snapshots').whereIn(
        'entity_ref',
        refs,
      );
      for (const row of rows) {
        const { entityRef, ...index } = rowToItem(row);
        delete index.changedAt;
        found.set(entityRef, {
          entityRef,
          ...(row.entity_uid ? { entityUid: row.entity_uid } : {}),
          etag: row.etag,
          snapshot: JSON.parse(row.snapshot),
          seenAt: toIso(row.seen_at),
          ...(row.kind ? { index } : {}),
          ...(row.changed_at ? { changedAt: toIso(row.changed_at) } : {}),
        });
      }
    }
    return found;
  }

  async saveLook(options: {
    snapshots: StoredCiSnapshot[];
    removed: string[];
    changes: NewCiChange[];
  }): Promise<StoredCiChange[]> {
    return this.db.transaction(async tx => {
      for (const batch of chunks(options.snapshots)) {
        await tx('itsm_ci_snapshots')
          .insert(batch.map(snapshotColumns))
          .onConflict('entity_ref')
          .merge();
      }
      for (const batch of chunks(options.removed)) {
        await tx('itsm_ci_snapshots').whereIn('entity_ref', batch).delete();
      }
      const stored: StoredCiChange[] = [];
      for (const batch of chunks(options.changes)) {
        const rows: CiChangeRow[] = await tx('itsm_ci_changes')
          .insert(batch.map(changeRow))
          .returning('*');
        stored.push(...rows.map(rowToChange));
      }
      return stored;
    });
  }

  async listItems(
    filters: CiFilters & { limit: number; afterRef?: string },
  ): Promise<{ items: CiListItem[]; hasMore: boolean }> {
    const query = this.matchItems(filters);
    if (filters.afterRef) query.where('entity_ref', '>', filters.afterRef);
    const rows: CiSnapshotRow[] = await query
      .orderBy('entity_ref')
      .limit(filters.limit + 1);
    return {
      items: rows.slice(0, filters.limit).map(rowToItem),
      hasMore: rows.length > filters.limit,
    };
  }

  async report(options: {
    staleBefore: string;
    listLimit: number;
  }): Promise<CiReportRows> {
    const countBy = async (column: string) => {
      const rows = (await this.db('itsm_ci_snapshots')
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
        where(this.db('itsm_ci_snapshots'))
          .orderBy('entity_ref')
          .limit(options.listLimit)
          .then((rows: CiSnapshotRow[]) => rows.map(rowToItem)),
        where(this.db('itsm_ci_snapshots'))
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

  private matchItems(filters: CiFilters): Knex.QueryBuilder {
    const query = this.db('itsm_ci_snapshots');
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

  async listChanges(options: {
    entityRef?: string;
    unauthorized?: boolean;
    limit: number;
    beforeId?: string;
  }): Promise<{ changes: StoredCiChange[]; hasMore: boolean }> {
    const query = this.db<CiChangeRow>('itsm_ci_changes');
    if (options.entityRef) query.where('entity_ref', options.entityRef);
    if (options.unauthorized !== undefined) {
      query.where('unauthorized', options.unauthorized);
    }
    if (options.beforeId !== undefined) {
      query.where('id', '<', Number(options.beforeId));
    }
    const rows: CiChangeRow[] = await query
      .orderBy('id', 'desc')
      .limit(options.limit + 1);
    return {
      changes: rows.slice(0, options.limit).map(rowToChange),
      hasMore: rows.length > options.limit,
    };
  }
}
