import { Config, readDurationFromConfig } from '@backstage/config';
import {
  checkRiskMatrix,
  defaultRiskMatrix,
} from '@backstage-itsm/plugin-itsm-common';
import { HumanDuration } from '@backstage/types';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';
import { RiskRating } from '../domain/planRiskAssessment';

/** How risks are rated, reported and reminded of, from `itsm.continuity`. */
export type RiskSettings = RiskRating & {
  /** The group the risk assessment reports are sent to. */
  managementGroup?: string;
  /** How often overdue reviews and treatments are looked for. */
  reminderFrequency: HumanDuration;
};

/**
 * The risk settings: `riskMatrix` (five rows, likelihood 1 to 5, of five
 * levels, impact 1 to 5; default the product rule of itsm-common),
 * `currency` of loss amounts (ISO 4217, default EUR), `managementGroup`
 * (a group ref) and `riskReminderFrequency` (default 1 hour). A bad value
 * stops the plugin at start with the setting's name.
 */
export function readRiskSettings(config: Config): RiskSettings {
  const continuity = config.getOptionalConfig('itsm.continuity');
  const matrix = continuity?.getOptional('riskMatrix');
  const currency = continuity?.getOptionalString('currency') ?? 'EUR';
  if (!/^[A-Z]{3}$/.test(currency)) {
    throw new Error(
      `itsm.continuity.currency must be a three-letter ISO 4217 code like EUR, not '${currency}'`,
    );
  }
  const group = continuity?.getOptionalString('managementGroup');
  const managementGroup =
    group === undefined
      ? undefined
      : normalizeEntityRef(group, 'itsm.continuity.managementGroup');
  if (managementGroup && !managementGroup.startsWith('group:')) {
    throw new Error(
      `itsm.continuity.managementGroup must be a group, not '${group}'`,
    );
  }
  return {
    matrix:
      matrix === undefined
        ? defaultRiskMatrix
        : checkRiskMatrix(matrix, 'itsm.continuity.riskMatrix'),
    currency,
    managementGroup,
    reminderFrequency: continuity?.has('riskReminderFrequency')
      ? readDurationFromConfig(continuity, { key: 'riskReminderFrequency' })
      : { hours: 1 },
  };
}
