import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { CiClassRule } from '@backstage-itsm/plugin-itsm-common';
import { catalogImpactLoader } from '../catalog/catalogImpactLoader';
import { ImpactNodeCache } from '../catalog/ImpactNodeCache';
import { indexedImpactLoader } from '../catalog/indexedImpactLoader';
import { CiHistoryStore, IndexedCiLinks } from '../database/CiHistoryStore';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';
import { analyzeImpact, ImpactAnalysis } from '../domain/analyzeImpact';
import { ImpactDirection } from '../domain/impactLinksOf';

/** Depth of an analysis unless asked otherwise, and the most allowed. */
export const DEFAULT_IMPACT_DEPTH = 5;
export const MAX_IMPACT_DEPTH = 10;
/** The most entities one analysis starts from, and returns. */
export const MAX_IMPACT_ROOTS = 50;
export const MAX_IMPACT_ENTITIES = 2000;

/**
 * What depends on a set of entities (or, upstream, what they rely on),
 * from the catalog as the caller sees it: used by the impact API and by
 * the record workflows that need their stakeholders.
 *
 * A caller who may read every catalog entity (the permission policy
 * allows `catalog.entity.read` without conditions, as it does for
 * services) walks the CMDB's index of relations in the plugin's database;
 * anyone else reads each level from the catalog, which filters it to what
 * they may see.
 */
export class ImpactAnalysisService {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      classRules: readonly CiClassRule[];
      /** What a caller read in the last seconds; none: every analysis reads all. */
      cache?: ImpactNodeCache;
      /** The CMDB's index and who may walk it; none: every analysis reads the catalog. */
      index?: {
        store: Pick<CiHistoryStore, 'impactNodes' | 'indexedLinks'>;
        permissions: PermissionsService;
        /** The kinds the index holds (`itsm.cmdb.kinds`); none: unknown, no whole-graph walk. */
        kinds?: string[];
      };
    },
  ) {}

  async analyze(
    request: {
      entityRefs: string[];
      depth?: number;
      direction?: ImpactDirection;
    },
    credentials: BackstageCredentials,
  ): Promise<ImpactAnalysis> {
    if (request.entityRefs.length === 0) {
      throw new InputError('entityRef: name at least one entity');
    }
    if (request.entityRefs.length > MAX_IMPACT_ROOTS) {
      throw new InputError(
        `entityRef: at most ${MAX_IMPACT_ROOTS} entities per analysis`,
      );
    }
    const depth = request.depth ?? DEFAULT_IMPACT_DEPTH;
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_IMPACT_DEPTH) {
      throw new InputError(
        `depth must be a whole number from 1 to ${MAX_IMPACT_DEPTH}`,
      );
    }
    return analyzeImpact({
      entityRefs: request.entityRefs.map(ref =>
        normalizeEntityRef(ref, 'entityRef'),
      ),
      maxDepth: depth,
      maxEntities: MAX_IMPACT_ENTITIES,
      load: await this.loader(credentials, request.direction ?? 'downstream'),
    });
  }

  /**
   * The whole dependency graph of these kinds from the CMDB's index, for
   * a caller who may read every catalog entity (as `analyze` decides): each
   * item with its upstream links and the asked annotations. Undefined when
   * the caller may not walk the index, the index does not hold every kind
   * asked, holds nothing yet (before the first look) or holds items from
   * before it kept relations: then read the catalog. The index is as fresh
   * as the last look at the catalog (`itsm.cmdb.historyFrequency`).
   */
  async indexedGraph(
    request: { kinds: string[]; annotations?: string[] },
    credentials: BackstageCredentials,
  ): Promise<IndexedCiLinks[] | undefined> {
    const index = this.deps.index;
    const indexed = new Set(index?.kinds?.map(k => k.toLowerCase()));
    const kinds = request.kinds.map(k => k.toLowerCase());
    if (!index || !kinds.every(k => indexed.has(k))) return undefined;
    if (!(await this.mayWalkIndex(credentials))) return undefined;
    const { items, unlinked } = await index.store.indexedLinks({
      kinds,
      annotations: request.annotations ?? [],
    });
    return items.length > 0 && unlinked === 0 ? items : undefined;
  }

  /** Whether the policy lets the caller read every catalog entity, unconditionally. */
  private async mayWalkIndex(
    credentials: BackstageCredentials,
  ): Promise<boolean> {
    const index = this.deps.index;
    if (!index) return false;
    const [decision] = await index.permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials },
    );
    return decision.result === AuthorizeResult.ALLOW;
  }

  private async loader(
    credentials: BackstageCredentials,
    direction: ImpactDirection,
  ) {
    const read = catalogImpactLoader(this.deps.catalog, {
      credentials,
      classRules: this.deps.classRules,
      direction,
    });
    const fromCatalog = this.deps.cache
      ? this.deps.cache.wrap(credentials, direction, read)
      : read;
    const index = this.deps.index;
    return index && (await this.mayWalkIndex(credentials))
      ? indexedImpactLoader(index.store, direction, fromCatalog)
      : fromCatalog;
  }
}
