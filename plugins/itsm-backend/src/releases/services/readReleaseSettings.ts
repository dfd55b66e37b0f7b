import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  VersionScheme,
  versionSchemes,
} from '@backstage-itsm/plugin-itsm-common';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';
import { ChangeSettings } from '../../changes';
import { DEFAULT_PHASES, ReleaseSettings } from '../domain/planReleaseIntake';

/** Who works releases unless `itsm.releases.managerGroup` says otherwise. */
export const DEFAULT_RELEASE_MANAGER_GROUP = 'group:default/release-managers';

/**
 * Reads `itsm.releases`: the release managers' group, the default version
 * scheme and rollout phases. Releases are scored by the changes' risk
 * questionnaire (`itsm.risk`).
 */
export function readReleaseSettings(
  config: Config,
  changes: Pick<ChangeSettings, 'riskQuestionnaire'>,
): ReleaseSettings {
  const releases = config.getOptionalConfig('itsm.releases');
  const scheme = releases?.getOptionalString('versionScheme') ?? 'semver';
  if (!(versionSchemes as readonly string[]).includes(scheme)) {
    throw new InputError(
      `itsm.releases.versionScheme must be one of ${versionSchemes.join(
        ', ',
      )}, not '${scheme}'`,
    );
  }
  const phases = releases?.getOptionalStringArray('phases') ?? DEFAULT_PHASES;
  if (phases.length === 0 || phases.some(p => !p.trim())) {
    throw new InputError(
      'itsm.releases.phases must name at least one phase, none blank',
    );
  }
  return {
    managerGroup: normalizeEntityRef(
      releases?.getOptionalString('managerGroup') ??
        DEFAULT_RELEASE_MANAGER_GROUP,
      'itsm.releases.managerGroup',
      'group',
    ),
    versionScheme: scheme as VersionScheme,
    phases,
    riskQuestionnaire: changes.riskQuestionnaire,
  };
}
