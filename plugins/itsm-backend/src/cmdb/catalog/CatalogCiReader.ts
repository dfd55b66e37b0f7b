import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';

const PAGE = 500;

/** What a look at the catalog tells of an item without reading it. */
export type CiEtag = { etag: string; uid?: string };

/**
 * Reads the configuration items (entities of the CI kinds) for their
 * history: first only each one's etag, page by page, then in bulk the
 * entities whose etag moved.
 */
export class CatalogCiReader {
  constructor(
    private readonly catalog: CatalogService,
    private readonly kinds: string[],
  ) {}

  /** The etag of every configuration item, by lower-case entity ref. */
  async etags(credentials: BackstageCredentials): Promise<Map<string, CiEtag>> {
    const etags = new Map<string, CiEtag>();
    const fields = [
      'kind',
      'metadata.namespace',
      'metadata.name',
      'metadata.uid',
      'metadata.etag',
    ];
    let cursor: string | undefined;
    do {
      const page = await this.catalog.queryEntities(
        cursor
          ? { cursor, limit: PAGE, fields }
          : { filter: { kind: this.kinds }, limit: PAGE, fields },
        { credentials },
      );
      for (const entity of page.items) {
        etags.set(stringifyEntityRef(entity).toLowerCase(), {
          etag: entity.metadata.etag ?? '',
          ...(entity.metadata.uid ? { uid: entity.metadata.uid } : {}),
        });
      }
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
    return etags;
  }

  /** The whole entities of these refs, by lower-case ref (absent ones left out). */
  async entities(
    refs: string[],
    credentials: BackstageCredentials,
  ): Promise<Map<string, Entity>> {
    const found = new Map<string, Entity>();
    for (let i = 0; i < refs.length; i += PAGE) {
      const { items } = await this.catalog.getEntitiesByRefs(
        { entityRefs: refs.slice(i, i + PAGE) },
        { credentials },
      );
      for (const entity of items) {
        if (entity) found.set(stringifyEntityRef(entity).toLowerCase(), entity);
      }
    }
    return found;
  }
}
