import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { CiClassRule } from '@backstage-itsm/plugin-itsm-common';
import {
  catalogImpactLoader,
  ImpactDirection,
} from '../catalog/catalogImpactLoader';
import { ImpactNodeCache } from '../catalog/ImpactNodeCache';
import { normalizeEntityRef } from '../catalog/normalizeEntityRef';
import { analyzeImpact, ImpactAnalysis } from '../domain/analyzeImpact';

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
 */
export class ImpactAnalysisService {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      classRules: readonly CiClassRule[];
      /** What a caller read in the last seconds; none: every analysis reads all. */
      cache?: ImpactNodeCache;
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
      load: this.loader(credentials, request.direction ?? 'downstream'),
    });
  }

  private loader(
    credentials: BackstageCredentials,
    direction: ImpactDirection,
  ) {
    const load = catalogImpactLoader(this.deps.catalog, {
      credentials,
      classRules: this.deps.classRules,
      direction,
    });
    return this.deps.cache
      ? this.deps.cache.wrap(credentials, direction, load)
      : load;
  }
}
