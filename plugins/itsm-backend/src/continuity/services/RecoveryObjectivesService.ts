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
import {
  GraphEntity,
  readDependencyGraph,
  readReachableGraph,
} from '../catalog/readDependencyGraph';
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
  issues: ObjectiveIssue[];
  truncated: boolean;
};

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
  inconsistent: ObjectivesView[];
};

/**
 * Recovery objectives checked against the catalog's dependency graph
 * (what no peer does): on one analysis, on one entity, and for the
 * coverage report over the whole portal. Each reads the catalog in bulk
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
   * objectives the graph contradicts is listed with its inconsistencies.
   */
  async coverage(ctx: RequestContext): Promise<CoverageReport> {
    const now = this.deps.now?.() ?? new Date();
    const yearAgo = DateTime.fromJSDate(now, { zone: 'utc' })
      .minus({ months: 12 })
      .toISO()!;
    const { graph, state } = await this.read(ctx.credentials);
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
    const inconsistent: ObjectivesView[] = [];
    for (const analysis of state.analyses.values()) {
      if (!graph.has(analysis.entityRef)) continue;
      const view = this.check(graph, state.continuityOf, analysis.entityRef, {
        analysis: { ref: analysis.ref, state: analysis.state },
        rtoMinutes: analysis.rtoMinutes,
        rpoMinutes: analysis.rpoMinutes,
        mtpdMinutes: analysis.mtpdMinutes,
      });
      if (!view.achievable) inconsistent.push(view);
    }
    const byRef = (a: { entityRef: string }, b: { entityRef: string }) =>
      a.entityRef.localeCompare(b.entityRef, 'en-US');
    return {
      generatedAt: now.toISOString(),
      criticalMtpdMinutes: limit,
      criticalServices,
      gaps: gaps.sort(byRef),
      inconsistent: inconsistent.sort(byRef),
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
   * kept, else the whole catalog's, kept for the next checks) and what
   * continuity records say of every entity, read at once.
   */
  private async read(credentials: BackstageCredentials, from?: string) {
    const { catalog } = this.deps;
    const whole = () =>
      this.graphs.get(credentials, () =>
        readDependencyGraph(catalog, credentials),
      );
    const [graph, state] = await Promise.all([
      from
        ? this.graphs.peek(credentials) ??
          readReachableGraph(catalog, from, credentials)
        : whole(),
      readContinuityState(this.deps.db),
    ]);
    return { graph, state };
  }

  private check(
    graph: Map<string, GraphEntity>,
    continuityOf: Parameters<typeof checkRecoveryObjectives>[0]['continuityOf'],
    entityRef: string,
    own: Omit<
      ObjectivesView,
      'entityRef' | 'achievable' | 'issues' | 'truncated'
    >,
  ): ObjectivesView {
    const { issues, truncated } = checkRecoveryObjectives({
      service: entityRef,
      rtoMinutes: own.rtoMinutes,
      graph,
      continuityOf,
    });
    const clean = Object.fromEntries(
      Object.entries(own).filter(([, v]) => v !== undefined),
    );
    return {
      entityRef,
      ...clean,
      achievable: issues.length === 0,
      issues,
      truncated,
    };
  }
}
