import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { IntakeLookup } from '../catalog/IntakeLookup';
import { AlertmanagerAlert } from './AlertmanagerPayload';
import {
  ALERT_SELECTOR_ANNOTATION,
  AlertIntakeSettings,
} from './alertIntakeSettings';
import { matchesAlertSelector, parseAlertSelector } from './matchAlertSelector';

/** An incident names at most this many entities found from alerts. */
const MAX_ENTITIES = 10;

/** An entity ref as written in a label (`component:default/x`, or just `x`). */
function refInLabel(value: string): string | undefined {
  try {
    return stringifyEntityRef(
      parseEntityRef(value.trim(), { defaultKind: 'component' }),
    ).toLocaleLowerCase('en-US');
  } catch {
    return undefined; // not a ref: as if the label were absent
  }
}

/**
 * The catalog entities firing alerts concern: the refs in their entity label
 * (`itsm.alerts.entityLabel`, default `backstage_entity`) that the catalog
 * has; failing that, the entities whose `itsm/alert-selector` annotation
 * matches the labels of one of the alerts. Empty when nothing matches: the
 * incident then goes to the service desk.
 */
export async function findAlertEntities(options: {
  alerts: AlertmanagerAlert[];
  settings: AlertIntakeSettings;
  lookup: IntakeLookup;
  credentials: BackstageCredentials;
}): Promise<string[]> {
  const { alerts, settings, lookup, credentials } = options;
  const labelled = [
    ...new Set(
      alerts.flatMap(alert => {
        const value = alert.labels[settings.entityLabel];
        const ref = value ? refInLabel(value) : undefined;
        return ref ? [ref] : [];
      }),
    ),
  ];
  const existing = await lookup.existingEntityRefs(labelled, { credentials });
  if (existing.length > 0) {
    return existing.slice(0, MAX_ENTITIES);
  }
  const annotated = await lookup.entitiesWithAnnotation(
    ALERT_SELECTOR_ANNOTATION,
    { credentials },
  );
  const matched = annotated.filter(({ value }) => {
    const selector = parseAlertSelector(value);
    return (
      selector !== undefined &&
      alerts.some(alert => matchesAlertSelector(selector, alert.labels))
    );
  });
  return [...new Set(matched.map(m => m.entityRef))]
    .sort()
    .slice(0, MAX_ENTITIES);
}
