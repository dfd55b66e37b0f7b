import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';
import {
  IndicatorTarget,
  isIndicatorId,
} from '@backstage-itsm/plugin-itsm-common';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';
import { checkIndicatorTarget } from '../domain/checkIndicatorTarget';
import { ConfiguredTargets } from '../domain/resolveIndicatorTarget';

const KEY = 'itsm.improvement.targets';

function checked(value: unknown, field: string): IndicatorTarget {
  const result = checkIndicatorTarget(value, field);
  if ('problem' in result) throw new Error(result.problem);
  return result.target;
}

function overrides(
  value: unknown,
  field: string,
  kind: 'group' | 'component',
): Map<string, IndicatorTarget> {
  const map = new Map<string, IndicatorTarget>();
  if (value === undefined) return map;
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${field} must be an object of entity refs`);
  }
  for (const [ref, target] of Object.entries(value)) {
    map.set(
      normalizeEntityRef(ref, `${field}.${ref}`, kind),
      checked(target, `${field}.${ref}`),
    );
  }
  return map;
}

/**
 * The indicators' targets (§10.1.2) from `itsm.improvement.targets`: per
 * indicator id a portal-wide `target` with `warning` and `critical`
 * thresholds, and `groups:` and `services:` of entity ref → the same for
 * one group or service. A bad value stops the plugin at start with the
 * setting's name.
 */
export function readIndicatorTargetSettings(
  config: Config,
): Map<string, ConfiguredTargets> {
  const targets = new Map<string, ConfiguredTargets>();
  const section = config.getOptional(KEY);
  if (section === undefined) return targets;
  if (!section || typeof section !== 'object' || Array.isArray(section)) {
    throw new Error(`${KEY} must be an object of indicator ids`);
  }
  for (const [id, value] of Object.entries(section)) {
    const field = `${KEY}.${id}`;
    if (!isIndicatorId(id)) throw new Error(`${field}: no such indicator`);
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw new Error(`${field} must be an object with a target`);
    }
    const { groups, services, ...portal } = value as Record<string, unknown>;
    targets.set(id, {
      ...(portal.target !== undefined ||
      portal.warning !== undefined ||
      portal.critical !== undefined
        ? { portal: checked(portal, field) }
        : {}),
      groups: overrides(groups, `${field}.groups`, 'group'),
      services: overrides(services, `${field}.services`, 'component'),
    });
  }
  return targets;
}

/**
 * How long a figure computed now is answered again from memory
 * (`itsm.improvement.figureCache`, default 1 minute; `0s` turns it off).
 */
export function readFigureCacheMs(config: Config): number {
  const key = 'itsm.improvement.figureCache';
  return config.has(key)
    ? durationToMilliseconds(readDurationFromConfig(config, { key }))
    : 60_000;
}
