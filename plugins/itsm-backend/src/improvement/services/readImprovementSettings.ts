import { Config, readDurationFromConfig } from '@backstage/config';
import { HumanDuration } from '@backstage/types';
import { InputError } from '@backstage/errors';

/** How continual improvement is run, from `itsm.improvement`. */
export type ImprovementSettings = {
  /**
   * The group that runs continual improvement
   * (`itsm.improvement.managementGroup`): its members approve improvement
   * items beside the holders of `itsm.improvement.manage`, and it owns the
   * items suggested by indicators missing their targets.
   */
  managementGroup?: string;
  /** Months an item's effect is measured over, from the month work started. */
  evaluationMonths: number;
  /** Consecutive missed months after which an indicator suggests an item. */
  suggestAfterPeriods: number;
  /** How often the suggestion task reads the indicators. */
  suggestionFrequency: HumanDuration;
};

/**
 * Reads `itsm.improvement`: `managementGroup` (a group ref),
 * `evaluationMonths` (default 3), `suggestAfterPeriods` (default 3) and
 * `suggestionFrequency` (default 6 hours). A bad value stops the plugin at
 * start with the key named.
 */
export function readImprovementSettings(config: Config): ImprovementSettings {
  const group = config.getOptionalString('itsm.improvement.managementGroup');
  if (group !== undefined && !/^group:[^/:\s]+\/[^/:\s]+$/.test(group)) {
    throw new InputError(
      `itsm.improvement.managementGroup must be a group entity ref like group:default/service-managers, not '${group}'`,
    );
  }
  return {
    managementGroup: group?.toLocaleLowerCase('en-US'),
    evaluationMonths: wholeNumber(config, 'evaluationMonths', 3, 1, 24),
    suggestAfterPeriods: wholeNumber(config, 'suggestAfterPeriods', 3, 1, 24),
    suggestionFrequency: config.has('itsm.improvement.suggestionFrequency')
      ? readDurationFromConfig(config, {
          key: 'itsm.improvement.suggestionFrequency',
        })
      : { hours: 6 },
  };
}

function wholeNumber(
  config: Config,
  key: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const value = config.getOptionalNumber(`itsm.improvement.${key}`);
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InputError(
      `itsm.improvement.${key} must be a whole number from ${min} to ${max}, not ${value}`,
    );
  }
  return value;
}
