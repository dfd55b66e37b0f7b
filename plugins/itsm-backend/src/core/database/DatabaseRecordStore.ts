import { RecordType } from '@backstage-itsm/plugin-itsm-common';
import { createHash } from 'node:crypto';
import { Knex } from 'knex';
import { findActiveAlertSource } from './operations/alertSources';
import { applyRecordFilter } from './operations/applyRecordFilter';
import { matchRecords, sortRecords } from './operations/queryRecords';
import { isUniqueViolation } from './operations/isUniqueViolation';
import { throwIfKeyTaken } from './operations/recordKeys';
import { insertTimelineEvent } from './operations/insertTimelineEvent';
import {
  createRecordLink,
  filterLinkedSources,
  listRecordLinks,
} from './operations/recordLinks';
import { withEntities } from './operations/recordEntities';
import { rowToEvent } from './operations/rowMapping';
import { moveSlaClocks, rowToSlaClock } from './operations/slaClockRows';
import { upsertEntityOwners } from './operations/upsertEntityOwners';
import { insertRecord } from './operations/insertRecord';
import { selectRecord } from './operations/selectRecord';
import { updateGuardedRecord } from './operations/updateGuardedRecord';
import { migrateDatabase } from './migrateDatabase';
import {
  CreateLinkOptions,
  CreateRecordOptions,
  EntityOwner,
  ListRecordsOptions,
  NewAlertSource,
  NewTimelineEvent,
  RecordCriteria,
  RecordStore,
  SlaClockMover,
  StoredLink,
  StoredRecord,
  StoredTimelineEvent,
  UpdateRecordOptions,
} from './RecordStore';
import { StoredSlaClock } from './SlaClockStore';
import {
  RecordEntityRow,
  RecordRow,
  SlaClockRow,
  TimelineEventRow,
} from './tables';

/** Keeps records in the plugin's database, SQLite or PostgreSQL. */
export class DatabaseRecordStore implements RecordStore {
  static async create(options: {
    knex: Knex;
    skipMigrations?: boolean;
  }): Promise<DatabaseRecordStore> {
    if (!options.skipMigrations) {
      await migrateDatabase(options.knex);
    }
    return new DatabaseRecordStore(options.knex);
  }

  private constructor(private readonly db: Knex) {}

  async createRecord(
    options: CreateRecordOptions,
  ): Promise<{ record: StoredRecord; created: boolean }> {
    const idempotencyKey =
      options.idempotencyKey === undefined
        ? null
        : createHash('sha256')
            .update(`${options.createdBy}\n${options.idempotencyKey}`)
            .digest('hex');
    const earlier = await this.findEarlierCreate(options, idempotencyKey);
    if (earlier) {
      return { record: earlier, created: false };
    }
    try {
      const entityRefs = [...new Set(options.entityRefs)].sort();
      const changedOwners = await this.changedOwners(options.entityOwners);
      const record = await this.db.transaction(tx =>
        insertRecord(tx, options, {
          idempotencyKey,
          entityRefs,
          changedOwners,
        }),
      );
      return { record, created: true };
    } catch (error) {
      // A concurrent create with the same key, or a concurrent delivery of
      // the same alert group, won the race: answer with its record.
      const winner = isUniqueViolation(error)
        ? await this.findEarlierCreate(options, idempotencyKey)
        : undefined;
      if (winner) {
        return { record: winner, created: false };
      }
      if (isUniqueViolation(error) && options.uniqueKeys?.length) {
        await throwIfKeyTaken(this.db, options.type, options.uniqueKeys);
      }
      throw error;
    }
  }

  /**
   * The record an earlier create made for the same request: the same
   * idempotency key, or the open incident of the same alert group.
   */
  private async findEarlierCreate(
    options: CreateRecordOptions,
    idempotencyKey: string | null,
  ): Promise<StoredRecord | undefined> {
    if (idempotencyKey) {
      const earlier = await this.findByIdempotencyKey(
        options.type,
        idempotencyKey,
      );
      if (earlier) return earlier;
    }
    return options.alertSource
      ? this.findAlertSourceRecord(options.type, options.alertSource)
      : undefined;
  }

  async getRecord(options: {
    type: RecordType;
    id?: string;
    number?: number;
    filter?: RecordCriteria;
  }): Promise<StoredRecord | undefined> {
    return selectRecord(this.db, options);
  }

  async listRecords(
    options: ListRecordsOptions,
  ): Promise<{ records: StoredRecord[]; hasMore: boolean }> {
    const rows: RecordRow[] = await sortRecords(
      matchRecords(this.db, options),
      options,
    )
      .select('r.*')
      .limit(options.limit + 1);
    const page = rows.slice(0, options.limit);
    return {
      records: await withEntities(this.db, page),
      hasMore: rows.length > options.limit,
    };
  }

  async countRecords(
    options: Omit<ListRecordsOptions, 'limit' | 'after' | 'sort'>,
  ): Promise<Record<string, number>> {
    const rows: { priority: string; n: number | string }[] = await matchRecords(
      this.db,
      options,
    )
      .select('r.priority')
      .count({ n: '*' })
      .groupBy('r.priority');
    return Object.fromEntries(rows.map(row => [row.priority, Number(row.n)]));
  }

  async updateRecord(
    options: UpdateRecordOptions,
  ): Promise<StoredRecord | undefined> {
    const changedOwners = await this.changedOwners(options.entityOwners ?? []);
    return this.db.transaction(tx =>
      updateGuardedRecord(tx, options, changedOwners),
    );
  }

  async appendEvent(
    recordId: string,
    event: NewTimelineEvent,
    now: string,
    options: { slaClocks?: SlaClockMover } = {},
  ): Promise<StoredTimelineEvent> {
    const { slaClocks } = options;
    if (!slaClocks) return insertTimelineEvent(this.db, recordId, event, now);
    return this.db.transaction(async tx => {
      const stored = await insertTimelineEvent(tx, recordId, event, now);
      // Only incidents have clocks.
      const record = await selectRecord(tx, {
        type: 'incident',
        id: recordId,
      });
      if (record) await moveSlaClocks(tx, record, slaClocks);
      return stored;
    });
  }

  async listSlaClocks(recordId: string): Promise<StoredSlaClock[]> {
    return this.listSlaClocksOf([recordId]);
  }

  async listSlaClocksOf(
    recordIds: readonly string[],
  ): Promise<StoredSlaClock[]> {
    if (recordIds.length === 0) return [];
    return (
      await this.db<SlaClockRow>('itsm_sla_clocks')
        .whereIn('record_id', recordIds)
        .orderBy(['record_id', 'kind'])
    ).map(rowToSlaClock);
  }

  async listTimeline(options: {
    recordId: string;
    limit: number;
    afterId?: string;
    workNotes?: boolean;
  }): Promise<{ events: StoredTimelineEvent[]; hasMore: boolean }> {
    const query = this.db<TimelineEventRow>('itsm_timeline_events')
      .where('record_id', options.recordId)
      .orderBy('id', 'asc')
      .limit(options.limit + 1);
    if (!options.workNotes) {
      query.where('visibility', 'public');
    }
    if (options.afterId !== undefined) {
      query.where('id', '>', options.afterId);
    }
    const rows = await query;
    return {
      events: rows.slice(0, options.limit).map(rowToEvent),
      hasMore: rows.length > options.limit,
    };
  }

  async listResolvedBefore(options: {
    type: RecordType;
    state: string;
    resolvedBefore: string;
    limit: number;
    offset?: number;
  }): Promise<StoredRecord[]> {
    const rows = await this.db<RecordRow>('itsm_records')
      .where({ type: options.type, state: options.state })
      .where('resolved_at', '<', options.resolvedBefore)
      .orderBy([
        { column: 'resolved_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ])
      .offset(options.offset ?? 0)
      .limit(options.limit);
    return withEntities(this.db, rows);
  }

  async createLink(
    options: CreateLinkOptions,
  ): Promise<StoredLink | undefined> {
    return createRecordLink(this.db, options);
  }

  async listLinks(recordId: string, limit: number) {
    return listRecordLinks(this.db, recordId, limit);
  }

  async filterLinkedSources(
    ids: string[],
    link: { kind: string; targetType: RecordType },
  ): Promise<Set<string>> {
    return filterLinkedSources(this.db, ids, link);
  }

  async getRecordsByIds(ids: string[]): Promise<(StoredRecord | undefined)[]> {
    const rows = await this.db<RecordRow>('itsm_records').whereIn('id', ids);
    const byId = new Map(
      (await withEntities(this.db, rows)).map(r => [r.id, r]),
    );
    return ids.map(id => byId.get(id));
  }

  async filterRecordIds(
    ids: string[],
    filter: RecordCriteria,
  ): Promise<Set<string>> {
    if (ids.length === 0) {
      return new Set();
    }
    const rows: { id: string }[] = await this.db('itsm_records as r')
      .whereIn('r.id', ids)
      .where(q => applyRecordFilter(q, this.db, filter))
      .select('r.id');
    return new Set(rows.map(row => row.id));
  }

  async getEntityOwners(entityRefs: string[]): Promise<EntityOwner[]> {
    if (entityRefs.length === 0) {
      return [];
    }
    const rows = await this.db('itsm_entity_owners')
      .whereIn('entity_ref', entityRefs)
      .select('entity_ref', 'owner_ref');
    return rows.map(r => ({ entityRef: r.entity_ref, ownerRef: r.owner_ref }));
  }

  async listAffectedEntityRefs(options: {
    afterRef?: string;
    limit: number;
  }): Promise<string[]> {
    const query = this.db<RecordEntityRow>('itsm_record_entities')
      .distinct('entity_ref')
      .orderBy('entity_ref')
      .limit(options.limit);
    if (options.afterRef !== undefined) {
      query.where('entity_ref', '>', options.afterRef);
    }
    return (await query).map(row => row.entity_ref);
  }

  async upsertEntityOwners(owners: EntityOwner[], now: string): Promise<void> {
    await upsertEntityOwners(this.db, owners, now);
  }

  /**
   * The owners that differ from what is stored: unchanged owners are not
   * written again, so concurrent reports on one entity do not queue on its
   * owner row.
   */
  private async changedOwners(owners: EntityOwner[]): Promise<EntityOwner[]> {
    if (owners.length === 0) {
      return [];
    }
    const stored = new Map(
      (await this.getEntityOwners(owners.map(o => o.entityRef))).map(o => [
        o.entityRef,
        o.ownerRef,
      ]),
    );
    return owners.filter(o => stored.get(o.entityRef) !== o.ownerRef);
  }

  private async findAlertSourceRecord(
    type: RecordType,
    source: NewAlertSource,
  ): Promise<StoredRecord | undefined> {
    const row = await findActiveAlertSource(
      this.db,
      source.source,
      source.groupKey,
    );
    return row ? selectRecord(this.db, { type, id: row.record_id }) : undefined;
  }

  private async findByIdempotencyKey(
    type: RecordType,
    key: string,
  ): Promise<StoredRecord | undefined> {
    const row = await this.db<RecordRow>('itsm_records')
      .where({ type, idempotency_key: key })
      .first();
    return row ? (await withEntities(this.db, [row]))[0] : undefined;
  }
}
