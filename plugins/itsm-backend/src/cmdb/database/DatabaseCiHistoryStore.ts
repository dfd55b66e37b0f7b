import { Knex } from 'knex';
import { ImpactNode } from '../domain/analyzeImpact';
import { ImpactDirection } from '../domain/impactLinksOf';
import {
  CiFilters,
  CiHistoryStore,
  CiImpactEntry,
  CiListItem,
  CiReportRows,
  IndexedCiLinks,
  KnownCiEtag,
  NewCiChange,
  StoredCiChange,
  StoredCiSnapshot,
} from './CiHistoryStore';
import { migrateDatabase } from '../../core/database/migrateDatabase';
import {
  changeRow,
  rowToChange,
  rowToItem,
  snapshotColumns,
} from './operations/ciRowMapping';
import { matchCiItems, queryCiReport } from './operations/queryCiItems';
import { toIso } from '../../core/database/operations/rowMapping';
import { CiChangeRow, CiSnapshotRow } from '../../core/database/tables';

/** Rows per statement, within SQLite's limit of bound parameters. */
const CHUNK = 100;
/** Refs per read of impact nodes (one bound parameter each). */
const READ_CHUNK = 500;

type ImpactRow = Pick<
  CiSnapshotRow,
  'entity_ref' | 'title' | 'ci_class' | 'impact'
>;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) {
    out.push(items.slice(i, i + CHUNK));
  }
  return out;
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

  async snapshotEtags(): Promise<Map<string, KnownCiEtag>> {
    const rows: Pick<CiSnapshotRow, 'entity_ref' | 'etag' | 'index_version'>[] =
      await this.db('itsm_ci_snapshots').select(
        'entity_ref',
        'etag',
        'index_version',
      );
    return new Map(
      rows.map(r => [
        r.entity_ref,
        {
          etag: r.etag,
          ...(r.index_version ? { indexVersion: r.index_version } : {}),
        },
      ]),
    );
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
          ...(row.impact ? { impact: JSON.parse(row.impact) } : {}),
          ...(row.index_version ? { indexVersion: row.index_version } : {}),
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

  async impactNodes(
    entityRefs: string[],
    direction: ImpactDirection,
  ): Promise<Map<string, ImpactNode>> {
    const batches: string[][] = [];
    for (let i = 0; i < entityRefs.length; i += READ_CHUNK) {
      batches.push(entityRefs.slice(i, i + READ_CHUNK));
    }
    const found = new Map<string, ImpactNode>();
    const pages = await Promise.all(
      batches.map(
        (refs): Promise<ImpactRow[]> =>
          this.db('itsm_ci_snapshots')
            .select('entity_ref', 'title', 'ci_class', 'impact')
            .whereIn('entity_ref', refs)
            .whereNotNull('impact'),
      ),
    );
    for (const row of pages.flat()) {
      const impact: CiImpactEntry = JSON.parse(row.impact!);
      found.set(row.entity_ref, {
        entityRef: row.entity_ref,
        kind: impact.kind,
        title: row.title ?? row.entity_ref.split('/').pop()!,
        ciClass: row.ci_class ?? 'other',
        owners: impact.owners,
        next: impact[direction],
      });
    }
    return found;
  }

  async indexedLinks(options: {
    kinds: string[];
    annotations: string[];
  }): Promise<{ items: IndexedCiLinks[]; unlinked: number }> {
    const [rows, [{ unlinked }]] = await Promise.all([
      this.db('itsm_ci_snapshots')
        .select(
          'entity_ref',
          'kind',
          'title',
          'owner',
          'system',
          'lifecycle',
          'impact',
          'snapshot',
        )
        .whereIn('kind', options.kinds)
        .whereNotNull('impact') as Promise<
        Pick<
          CiSnapshotRow,
          | 'entity_ref'
          | 'kind'
          | 'title'
          | 'owner'
          | 'system'
          | 'lifecycle'
          | 'impact'
          | 'snapshot'
        >[]
      >,
      this.db('itsm_ci_snapshots')
        .whereNull('impact')
        .count({ unlinked: '*' }) as Promise<{ unlinked: string | number }[]>,
    ]);
    // Snapshots are parsed only where an asked annotation is named.
    const keys = options.annotations.map(a => `metadata.annotations.${a}`);
    const items = rows.map((row): IndexedCiLinks => {
      const impact: CiImpactEntry = JSON.parse(row.impact!);
      const annotations: Record<string, string> = {};
      if (keys.some(key => row.snapshot.includes(JSON.stringify(key)))) {
        const snapshot = JSON.parse(row.snapshot);
        options.annotations.forEach((name, i) => {
          const value = snapshot[keys[i]];
          if (typeof value === 'string') annotations[name] = value;
        });
      }
      return {
        entityRef: row.entity_ref,
        kind: row.kind!,
        title: row.title ?? row.entity_ref.split('/').pop()!,
        ...(row.owner ? { owner: row.owner } : {}),
        ...(row.system ? { system: row.system } : {}),
        ...(row.lifecycle ? { lifecycle: row.lifecycle } : {}),
        upstream: impact.upstream,
        annotations,
      };
    });
    return { items, unlinked: Number(unlinked) };
  }

  async listItems(
    filters: CiFilters & { limit: number; afterRef?: string },
  ): Promise<{ items: CiListItem[]; hasMore: boolean }> {
    const query = matchCiItems(this.db, filters);
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
    return queryCiReport(this.db, options);
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
