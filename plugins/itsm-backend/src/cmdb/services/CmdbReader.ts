import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { MAX_PAGE_SIZE } from '@backstage-itsm/plugin-itsm-common';
import { CatalogCiReader } from '../catalog/CatalogCiReader';
import {
  CiFilters,
  CiHistoryStore,
  CiListItem,
  CiReportRows,
  StoredCiChange,
} from '../database/CiHistoryStore';
import {
  decodeCursor,
  decodeTextCursor,
  encodeCursor,
  encodeTextCursor,
} from '../../core/domain/cursor';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The CMDB's queries (§6.3): configuration items from its index, the
 * status report, and the items' change history. The index is read with
 * the plugin's own credentials; what it lists is checked against the
 * catalog as the caller sees it.
 */
export class CmdbReader {
  constructor(
    private readonly deps: {
      history: CiHistoryStore;
      reader: CatalogCiReader;
      now?: () => Date;
    },
  ) {}

  /**
   * Configuration items in entity ref order, a page at a time, as the
   * caller may see them in the catalog (the index is read with the
   * plugin's own credentials; a page drops what the caller may not see).
   */
  async listItems(
    query: CiFilters & { limit?: number; cursor?: string },
    credentials: BackstageCredentials,
  ): Promise<{ items: CiListItem[]; nextCursor?: string }> {
    const { limit, cursor, ...filters } = query;
    const { items, hasMore } = await this.deps.history.listItems({
      ...filters,
      owner: filters.owner?.toLowerCase(),
      system: filters.system?.toLowerCase(),
      limit: Math.min(limit ?? 25, MAX_PAGE_SIZE),
      afterRef:
        cursor === undefined ? undefined : decodeTextCursor(cursor, 'after'),
    });
    const last = items[items.length - 1];
    return {
      items: await this.visible(items, credentials),
      ...(hasMore && last
        ? { nextCursor: encodeTextCursor('after', last.entityRef) }
        : {}),
    };
  }

  /**
   * The status report (§6.3.3): counts by class, owner and lifecycle, and
   * the items with no owner, no class or no support group, and those
   * unchanged for `staleDays` (lists of at most 100, as the caller sees
   * them).
   */
  async report(
    query: { staleDays?: number },
    credentials: BackstageCredentials,
  ): Promise<CiReportRows & { staleDays: number }> {
    const staleDays = query.staleDays ?? 90;
    const now = this.deps.now?.() ?? new Date();
    const rows = await this.deps.history.report({
      staleBefore: new Date(now.getTime() - staleDays * DAY_MS).toISOString(),
      listLimit: 100,
    });
    const [noOwner, unclassified, noSupportGroup, stale] = await Promise.all(
      [rows.noOwner, rows.unclassified, rows.noSupportGroup, rows.stale].map(
        list => this.visible(list, credentials),
      ),
    );
    return { ...rows, noOwner, unclassified, noSupportGroup, stale, staleDays };
  }

  private async visible(
    items: CiListItem[],
    credentials: BackstageCredentials,
  ): Promise<CiListItem[]> {
    if (items.length === 0) return items;
    const seen = await this.deps.reader.entities(
      items.map(i => i.entityRef),
      credentials,
    );
    return items.filter(i => seen.has(i.entityRef));
  }

  /** Changes to one item, or to all, newest first, a page at a time. */
  async listChanges(query: {
    entityRef?: string;
    unauthorized?: boolean;
    limit?: number;
    cursor?: string;
  }): Promise<{ items: StoredCiChange[]; nextCursor?: string }> {
    const { changes, hasMore } = await this.deps.history.listChanges({
      entityRef: query.entityRef?.toLowerCase(),
      unauthorized: query.unauthorized,
      limit: Math.min(query.limit ?? 25, MAX_PAGE_SIZE),
      beforeId:
        query.cursor === undefined
          ? undefined
          : String(decodeCursor(query.cursor, 'before')),
    });
    const last = changes[changes.length - 1];
    return {
      items: changes,
      ...(hasMore && last
        ? { nextCursor: encodeCursor('before', Number(last.id)) }
        : {}),
    };
  }
}
