import { Config } from '@backstage/config';
import { isPriority, Priority } from '@backstage-itsm/plugin-itsm-common';

/** How monitoring alerts become incidents, from `itsm.alerts`. */
export type AlertIntakeSettings = {
  /** The alert label that says how severe an alert is. */
  severityLabel: string;
  /** Priority by severity (label values in lower case). */
  severityPriority: Record<string, Priority>;
  /** The priority of a severity that `severityPriority` does not name. */
  defaultPriority: Priority;
  /** The alert label whose value is the ref of the entity the alert concerns. */
  entityLabel: string;
};

/**
 * The annotation by which a catalog entity claims the alerts whose labels
 * match, e.g. `itsm/alert-selector: "service=checkout,env=prod"`.
 */
export const ALERT_SELECTOR_ANNOTATION = 'itsm/alert-selector';

export const defaultAlertIntakeSettings: AlertIntakeSettings = {
  severityLabel: 'severity',
  severityPriority: {
    critical: 'P1',
    error: 'P2',
    high: 'P2',
    warning: 'P3',
    info: 'P4',
  },
  defaultPriority: 'P3',
  entityLabel: 'backstage_entity',
};

function priorityAt(config: Config, key: string): Priority | undefined {
  const value = config.getOptionalString(key);
  if (value !== undefined && !isPriority(value)) {
    throw new Error(
      `itsm.alerts.${key} must be one of P1, P2, P3, P4, not "${value}"`,
    );
  }
  return value;
}

/**
 * Reads `itsm.alerts`: configured severities add to (or change) the
 * default mapping; throws naming a value that is not a priority.
 */
export function readAlertIntakeSettings(root: Config): AlertIntakeSettings {
  const config = root.getOptionalConfig('itsm.alerts');
  if (!config) {
    return defaultAlertIntakeSettings;
  }
  const severityPriority = { ...defaultAlertIntakeSettings.severityPriority };
  const mapping = config.getOptionalConfig('severityPriority');
  for (const severity of mapping?.keys() ?? []) {
    severityPriority[severity.toLocaleLowerCase('en-US')] = priorityAt(
      config,
      `severityPriority.${severity}`,
    )!;
  }
  return {
    severityLabel:
      config.getOptionalString('severityLabel') ??
      defaultAlertIntakeSettings.severityLabel,
    severityPriority,
    defaultPriority:
      priorityAt(config, 'defaultPriority') ??
      defaultAlertIntakeSettings.defaultPriority,
    entityLabel:
      config.getOptionalString('entityLabel') ??
      defaultAlertIntakeSettings.entityLabel,
  };
}

/** The priority an alert's severity label maps to. */
export function priorityOfAlert(
  labels: Record<string, string>,
  settings: AlertIntakeSettings,
): Priority {
  const severity = labels[settings.severityLabel]?.toLocaleLowerCase('en-US');
  return (
    (severity && settings.severityPriority[severity]) ||
    settings.defaultPriority
  );
}
