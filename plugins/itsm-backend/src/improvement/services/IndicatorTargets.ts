import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { IndicatorTarget } from '@backstage-itsm/plugin-itsm-common';
import type { IndicatorScope } from '../indicators/IndicatorComputation';
import {
  KPI_TARGETS_ANNOTATION,
  parseKpiTargetsAnnotation,
} from '../domain/parseKpiTargetsAnnotation';
import {
  ConfiguredTargets,
  ResolvedTarget,
  resolveIndicatorTarget,
} from '../domain/resolveIndicatorTarget';

/** The target in force of each indicator, for one scope. */
export type TargetsOfScope = (
  indicatorId: string,
) => ResolvedTarget | undefined;

/**
 * The targets in force (§10.1.2): configured ones
 * (`itsm.improvement.targets`) and a service's own from its
 * `itsm.io/kpi-targets` annotation, read from the catalog with the
 * plugin's own credentials (a target is not a secret; the scope's figures
 * are anyone's). A bad annotation is left out with a warning in the log.
 */
export class IndicatorTargets {
  constructor(
    private readonly deps: {
      configured: ReadonlyMap<string, ConfiguredTargets>;
      catalog?: CatalogService;
      auth?: AuthService;
      logger?: LoggerService;
    },
  ) {}

  /** The targets of every indicator for a scope, its annotation read once. */
  async forScope(scope: IndicatorScope): Promise<TargetsOfScope> {
    const annotated =
      scope.kind === 'service'
        ? await this.annotated(scope.ref)
        : new Map<string, IndicatorTarget>();
    return id =>
      resolveIndicatorTarget({
        scope,
        configured: this.deps.configured.get(id),
        annotated: annotated.get(id),
      });
  }

  /** The targets of one service's annotation; none when it cannot be read. */
  private async annotated(
    entityRef: string,
  ): Promise<Map<string, IndicatorTarget>> {
    const { catalog, auth, logger } = this.deps;
    if (!catalog || !auth) return new Map();
    try {
      const entity = await catalog.getEntityByRef(entityRef, {
        credentials: await auth.getOwnServiceCredentials(),
      });
      const text = entity?.metadata.annotations?.[KPI_TARGETS_ANNOTATION];
      const { targets, problems } = parseKpiTargetsAnnotation(text);
      for (const problem of problems) {
        logger?.warn(`${entityRef}: ${problem}; left out`);
      }
      return targets;
    } catch (error) {
      logger?.warn(
        `Could not read the KPI targets of ${entityRef}: ${String(error)}`,
      );
      return new Map();
    }
  }
}
