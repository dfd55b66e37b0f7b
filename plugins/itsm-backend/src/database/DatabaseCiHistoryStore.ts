import { Knex } from 'knex';
import {
  CiHistoryStore,
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
        found.set(row.entity_ref, {
          entityRef: row.entity_ref,
          ...(row.entity_uid ? { entityUid: row.entity_uid } : {}),
          etag: row.etag,
          snapshot: JSON.parse(row.snapshot),
          seenAt: toIso(row.seen_at),
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
          .insert(
            batch.map(s => ({
              entity_ref: s.entityRef,
              entity_uid: s.entityUid ?? null,
              etag: s.etag,
              snapshot: JSON.stringify(s.snapshot),
              seen_at: s.seenAt,
            })),
          )
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
