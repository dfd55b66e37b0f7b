import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { selectSla, SlaSettings } from '../../sla';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';
import { ImpactAnalysisService } from '../../cmdb';
import {
  dependencyGraphKinds,
  GraphEntity,
  readDependencyGraph,
  readReachableGraph,
} from '../catalog/readDependencyGraph';
import { dependencyGraphOfIndex } from '../catalog/dependencyGraphOfIndex';
import { ObjectiveCause, ObjectiveCauses } from '../domain/ObjectiveCauses';
import { DependencyGraphCache } from '../catalog/DependencyGraphCache';
import {
  checkRecoveryObjectives,
  ObjectiveIssue,
} from '../domain/checkRecoveryObjectives';
import { readContinuityState } from '../database/readContinuityState';
import { ContinuitySettings } from './readContinuitySettings';

/** A service's recovery objectives and whether the graph lets it meet them. */
export type ObjectivesView = {
  entityRef: string;
  analysis?: { ref: string; state: string };
  rtoMinutes?: number;
  rpoMinutes?: number;
  mtpdMinutes?: number;
  achievable: boolean;
  /** The first issues, nearest first (200 on a check, 3 in the coverage report). */
  issues: ObjectiveIssue[];
  /** How many issues in all; more than listed makes it `truncated`. */
  issueCount: number;
  truncated: boolean;
};

/** Issues listed per inconsistent service in the coverage report; its own check lists up to 200. */
export const COVERAGE_ISSUES_PER_SERVICE = 3;

/** Why a service counts as critical in the coverage report. */
export type CriticalReason = 'mtpd' | 'sla';

/** A critical service with a gap in its continuity. */
export type CoverageGap = {
  entityRef: string;
  title?: string;
  reasons: CriticalReason[];
  analysis?: { ref: string; state: string; mtpdMinutes?: number };
  planCovered: boolean;
  lastExerciseAt?: string;
  gaps: ('no-approved-plan' | 'no-recent-exercise')[];
};

/** The coverage report (§9.2, §9.3): gaps of critical services, and inconsistent objectives. */
export type CoverageReport = {
  generatedAt: string;
  criticalMtpdMinutes: number;
  criticalServices: number;
  gaps: CoverageGap[];
  /** Each inconsistent service with its issue count and its nearest issues. */
  inconsistent: ObjectivesView[];
  /** The most issues `inconsistent` lists of a service. */
  issuesPerService: number;
  /** Every entity at fault once, with the services it makes inconsistent. */
  causes: ObjectiveCause[];
  /** Where the dependency graph was read: the CMDB's index or the catalog. */
  graphSource: 'cmdb-index' | 'catalog';
};

/**
 * Recovery objectives checked against the catalog's dependency graph
 * (what no peer does): on one analysis, on one entity, and for the
 * coverage report over the whole portal. Each reads the catalog in bulk
 * (the report: the CMDB's index instead, for a caller who may read every
 * entity)
 * (a few requests with the fields restricted, as the caller sees it) and
 * the continuity records in three queries, never per entity.
 */
export class RecoveryObjectivesService {
  constructor(
    private readonly deps: {
      records: RecordService;
      catalog: CatalogService;
      db: Knex;
      sla: SlaSettings;
      settings: ContinuitySettings;
      /** The CMDB's index, walked for callers who may read every entity; none: the catalog. */
      index?: Pick<ImpactAnalysisService, 'indexedGraph'>;
      now?: () => Date;
    },
  ) {
    this.graphs = new DependencyGraphCache({
      ttlMs: deps.settings.graphCacheMs ?? 0,
    });
  }

  private readonly graphs: DependencyGraphCache;

  /** The check of one analysis, with its own (maybe unapproved) RTO. */
  async forAnalysis(
    idOrRef: string,
    ctx: RequestContext,
  ): Promise<ObjectivesView> {
    const record = await this.deps.records.get('impact-analysis', idOrRef, ctx);
    const { graph, state } = await this.read(
      ctx.credentials,
      record.entityRefs[0],
    );
    const own = record.fields as Record<string, number | undefined>;
    return this.check(graph, state.continuityOf, record.entityRefs[0], {
      analysis: { ref: record.ref, state: record.state },
      rtoMinutes: own.rtoMinutes,
      rpoMinutes: own.rpoMinutes,
      mtpdMinutes: own.mtpdMinutes,
    });
  }

  /** The check of an entity, by its analysis that is not retired. */
  async forEntity(
    entityRef: string,
    ctx: RequestContext,
  ): Promise<ObjectivesView> {
    const ref = normalizeEntityRef(entityRef, 'entityRef');
    const { graph, state } = await this.read(ctx.credentials, ref);
    const analysis = state.analyses.get(ref);
    return this.check(graph, state.continuityOf, ref, {
      ...(analysis
        ? { analysis: { ref: analysis.ref, state: analysis.state } }
        : {}),
      rtoMinutes: analysis?.rtoMinutes,
      rpoMinutes: analysis?.rpoMinutes,
      mtpdMinutes: analysis?.mtpdMinutes,
    });
  }

  /**
   * The coverage report. A service is critical when its analysis (not
   * retired) gives an MTPD of at most `itsm.continuity.criticalMtpdMinutes`
   * (default one day), or when it is a component or system in production
   * that a service level agreement covers by name, by its system or by its
   * `itsm/sla` annotation (not merely the default agreement). A critical
   * service has a gap without an approved or active plan, or without a
   * completed exercise in the last 12 months. Every analysed service whose
   * objectives the graph contradicts is listed with how many
   * inconsistencies it has and the nearest three with their paths (its own
   * check, `/continuity/objectives?entityRef=`, lists them), and every
   * inconsistency is listed once at its cause: the entity at fault, why,
   * how many services it affects and the shortest path to it. The graph is
   * the CMDB's index for a caller who may read every entity (at most one
   * look at the catalog old), else the catalog as the caller sees it.
   */
  async coverage(ctx: RequestContext): Promise<CoverageReport> {
    const now = this.deps.now?.() ?? new Date();
    const yearAgo = DateTime.fromJSDate(now, { zone: 'utc' })
      .minus({ months: 12 })
      .toISO()!;
    const { graph, state, source } = await this.read(ctx.credentials);
    const limit = this.deps.settings.criticalMtpdMinutes;
    const gaps: CoverageGap[] = [];
    let criticalServices = 0;
    const candidates = new Set<string>([...state.analyses.keys()]);
    for (const node of graph.values()) {
      if (node.kind === 'component' || node.kind === 'system') {
        candidates.add(node.entityRef);
      }
    }
    for (const ref of candidates) {
      const node = graph.get(ref);
      if (!node) continue; // not in the catalog, or not for this caller
      const analysis = state.analyses.get(ref);
      const reasons: CriticalReason[] = [];
      if (
        analysis?.mtpdMinutes !== undefined &&
        analysis.mtpdMinutes <= limit
      ) {
        reasons.push('mtpd');
      }
      if (this.underSla(node)) reasons.push('sla');
      if (reasons.length === 0) continue;
      criticalServices++;
      const planCovered = state.covered.has(ref);
      const lastExerciseAt = state.lastExercise.get(ref);
      const missing: CoverageGap['gaps'] = [];
      if (!planCovered) missing.push('no-approved-plan');
      if (!lastExerciseAt || lastExerciseAt < yearAgo) {
        missing.push('no-recent-exercise');
      }
      if (missing.length === 0) continue;
      gaps.push({
        entityRef: ref,
        ...(node.title ? { title: node.title } : {}),
        reasons,
        ...(analysis
          ? {
              analysis: {
                ref: analysis.ref,
                state: analysis.state,
                ...(analysis.mtpdMinutes !== undefined
                  ? { mtpdMinutes: analysis.mtpdMinutes }
                  : {}),
              },
            }
          : {}),
        planCovered,
        ...(lastExerciseAt ? { lastExerciseAt } : {}),
        gaps: missing,
      });
    }
    const byRef = (a: { entityRef: string }, b: { entityRef: string }) =>
      a.entityRef.localeCompare(b.entityRef, 'en-US');
    const inconsistent: ObjectivesView[] = [];
    const causes = new ObjectiveCauses();
    const analysed = [...state.analyses.values()]
      .filter(analysis => graph.has(analysis.entityRef))
      .sort(byRef);
    for (const analysis of analysed) {
      const view = this.check(
        graph,
        state.continuityOf,
        analysis.entityRef,
        {
          analysis: { ref: analysis.ref, state: analysis.state },
          rtoMinutes: analysis.rtoMinutes,
          rpoMinutes: analysis.rpoMinutes,
          mtpdMinutes: analysis.mtpdMinutes,
        },
        { maxIssues: COVERAGE_ISSUES_PER_SERVICE, onIssue: causes.add },
      );
      if (!view.achievable) inconsistent.push(view);
    }
    return {
      generatedAt: now.toISOString(),
      criticalMtpdMinutes: limit,
      criticalServices,
      gaps: gaps.sort(byRef),
      inconsistent,
      issuesPerService: COVERAGE_ISSUES_PER_SERVICE,
      causes: causes.list(),
      graphSource: source,
    };
  }

  private underSla(node: GraphEntity): boolean {
    const sla = this.deps.sla;
    if (node.lifecycle !== 'production' || !sla.agreements.length) return false;
    const found = selectSla(sla, {
      entityRef: node.entityRef,
      annotation: node.slaAnnotation,
      systemRef: node.system,
    });
    return Boolean(found && found.match !== 'default');
  }

  /**
   * The graph (the part `from` reaches, or the caller's whole graph if
   * kept; for the whole graph, the CMDB's index when the caller may read
   * every entity and the index is complete, else the whole catalog's, kept
   * for the next checks) and what continuity records say of every entity,
   * read at once.
   */
  private async read(credentials: BackstageCredentials, from?: string) {
    const { catalog } = this.deps;
    const [found, state] = await Promise.all([
      from
        ? this.graphs.peek(credentials) ??
          readReachableGraph(catalog, from, credentials)
        : this.wholeGraph(credentials),
      readContinuityState(this.deps.db),
    ]);
    return 'graph' in found
      ? { graph: found.graph, source: found.source, state }
      : { graph: found, source: 'catalog' as const, state };
  }

  /** The whole graph: from the CMDB's index if the caller may walk it, else the catalog's. */
  private async wholeGraph(credentials: BackstageCredentials): Promise<{
    graph: Map<string, GraphEntity>;
    source: CoverageReport['graphSource'];
  }> {
    const indexed = await this.deps.index?.indexedGraph(
      { kinds: dependencyGraphKinds, annotations: ['itsm/sla'] },
      credentials,
    );
    if (indexed) {
      return { graph: dependencyGraphOfIndex(indexed), source: 'cmdb-index' };
    }
    const graph = await this.graphs.get(credentials, () =>
      readDependencyGraph(this.deps.catalog, credentials),
    );
    return { graph, source: 'catalog' };
  }

  private check(
    graph: Map<string, GraphEntity>,
    continuityOf: Parameters<typeof checkRecoveryObjectives>[0]['continuityOf'],
    entityRef: string,
    own: Omit<
      ObjectivesView,
      'entityRef' | 'achievable' | 'issues' | 'issueCount' | 'truncated'
    >,
    listing: Pick<
      Parameters<typeof checkRecoveryObjectives>[0],
      'maxIssues' | 'onIssue'
    > = {},
  ): ObjectivesView {
    const { issues, issueCount, truncated } = checkRecoveryObjectives({
      service: entityRef,
      rtoMinutes: own.rtoMinutes,
      graph,
      continuityOf,
      ...listing,
    });
    const clean = Object.fromEntries(
      Object.entries(own).filter(([, v]) => v !== undefined),
    );
    return {
      entityRef,
      ...clean,
      achievable: issueCount === 0,
      issues,
      issueCount,
      truncated,
    };
  }
}
