import type { IndicatorTarget } from '@backstage-itsm/plugin-itsm-common';
import type { IndicatorScope } from '../indicators/IndicatorComputation';

/** Where the target in force was set. */
export type TargetSource = 'portal' | 'group' | 'service';

/** A target with where it was set. */
export type ResolvedTarget = IndicatorTarget & { source: TargetSource };

/** The configured targets of one indicator (`itsm.improvement.targets`). */
export type ConfiguredTargets = {
  portal?: IndicatorTarget;
  groups: ReadonlyMap<string, IndicatorTarget>;
  services: ReadonlyMap<string, IndicatorTarget>;
};

/**
 * The target in force for an indicator's figure in a scope (§10.1.2): for
 * a service its own annotation, else the configured one for the service;
 * for a group the configured one for the group; else the portal-wide one.
 */
export function resolveIndicatorTarget(options: {
  scope: IndicatorScope;
  configured?: ConfiguredTargets;
  /** The service's annotation targets, for a service scope. */
  annotated?: IndicatorTarget;
}): ResolvedTarget | undefined {
  const { scope, configured, annotated } = options;
  if (scope.kind === 'service') {
    if (annotated) return { ...annotated, source: 'service' };
    const service = configured?.services.get(scope.ref);
    if (service) return { ...service, source: 'service' };
  }
  if (scope.kind === 'group') {
    const group = configured?.groups.get(scope.ref);
    if (group) return { ...group, source: 'group' };
  }
  return configured?.portal
    ? { ...configured.portal, source: 'portal' }
    : undefined;
}
