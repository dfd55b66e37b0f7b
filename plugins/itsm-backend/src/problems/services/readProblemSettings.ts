import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';
import { ClusterBasis } from '../../incidents';
import { ProblemSettings } from './ProblemWorkflowPlanner';
import { readApprovers } from '../../changes';

/** How proactive detection suggests problems (§4.1). */
export type ProblemDetectionSettings = {
  enabled: boolean;
  /** Incidents on one entity, or of one category, that suggest a problem. */
  threshold: number;
  /** Within how long they must arrive. */
  window: HumanDuration;
  /** What incidents must share: an entity, a category, or either. */
  bases: ClusterBasis[];
  /** How often the detection runs. */
  frequency: HumanDuration;
};

const BASES: ClusterBasis[] = ['entity', 'category'];

/**
 * Reads `itsm.problems.detection`: `threshold` (default 3) incidents within
 * `window` (default 24 hours) on one entity or of one category (`basis`:
 * `entity`, `category`, default both), checked every `frequency` (default
 * 10 minutes); `enabled: false` turns it off. Bad values stop startup,
 * naming the key.
 */
export function readProblemDetectionSettings(
  config: Config,
): ProblemDetectionSettings {
  const key = 'itsm.problems.detection';
  const detection = config.getOptionalConfig(key);
  const threshold = detection?.getOptionalNumber('threshold') ?? 3;
  if (!Number.isInteger(threshold) || threshold < 2) {
    throw new InputError(
      `${key}.threshold must be a whole number of at least 2, not ${threshold}`,
    );
  }
  const window = detection?.has('window')
    ? readDurationFromConfig(detection, { key: 'window' })
    : { hours: 24 };
  if (durationToMilliseconds(window) < 60_000) {
    throw new InputError(`${key}.window must be at least a minute`);
  }
  const basis = detection?.getOptionalStringArray('basis') ?? BASES;
  const unknown = basis.find(b => !BASES.includes(b as ClusterBasis));
  if (unknown !== undefined || basis.length === 0) {
    throw new InputError(
      `${key}.basis must list entity, category or both${
        unknown !== undefined ? `, not ${unknown}` : ''
      }`,
    );
  }
  return {
    enabled: detection?.getOptionalBoolean('enabled') ?? true,
    threshold,
    window,
    bases: basis as ClusterBasis[],
    frequency: detection?.has('frequency')
      ? readDurationFromConfig(detection, { key: 'frequency' })
      : { minutes: 10 },
  };
}

/**
 * Reads who approves problem solutions: `itsm.problems.approvers`
 * (`{ group, rule }`), else the lead of the investigating group, named in
 * `leads` (from `itsm.escalation.leads`) or by the catalog.
 */
export function readProblemSettings(
  config: Config,
  leads: Record<string, string>,
): ProblemSettings {
  return {
    approvers: readApprovers(config, 'itsm.problems.approvers'),
    leads,
  };
}
