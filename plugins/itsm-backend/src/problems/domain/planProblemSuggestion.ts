import {
  entityRefName,
  incidentCategoryLabels,
  labelOf,
  Priority,
  ProblemCategory,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { StoredRecord } from '../../core/model/recordModel';
import { CreateRecordInput } from '../../core/domain/createRecordInput';
import { IncidentCluster } from '../../incidents';

/** The problem categories of the incident categories that name a fault. */
const problemCategoryOf: Record<string, ProblemCategory> = {
  hardware: 'hardware',
  software: 'software',
  network: 'network',
};

/** Incidents listed in a suggestion's description, at most. */
const LISTED = 20;
/** Entities a category suggestion names, at most. */
const MAX_ENTITIES = 10;

/** The key that lets an incident be in one suggestion only, ever. */
export function suggestionKeyOf(incident: StoredRecord): string {
  return `problem-suggestion-of:${incident.id}`;
}

function mostCommon(values: string[]): string | undefined {
  const counted = new Map<string, number>();
  values.forEach(v => counted.set(v, (counted.get(v) ?? 0) + 1));
  return [...counted.entries()].sort(
    ([a, x], [b, y]) => y - x || a.localeCompare(b),
  )[0]?.[0];
}

/**
 * The problem proactive detection suggests for a cluster of incidents
 * (§4.1): logged as `new` with source `proactive` and why (`detection`),
 * linked to its incidents (caused-by), as urgent as the most urgent of
 * them, for problem management to investigate or cancel.
 */
export function planProblemSuggestion(options: {
  cluster: IncidentCluster;
  windowHours: number;
}): CreateRecordInput & {
  detection: {
    basis: IncidentCluster['basis'];
    value: string;
    incidents: number;
    windowHours: number;
  };
} {
  const { cluster, windowHours } = options;
  const { incidents } = cluster;
  const category =
    cluster.basis === 'category'
      ? problemCategoryOf[cluster.value] ?? 'other'
      : problemCategoryOf[
          mostCommon(incidents.map(i => i.category ?? 'other')) ?? 'other'
        ] ?? 'other';
  const entityRefs =
    cluster.basis === 'entity'
      ? [cluster.value]
      : [...new Set(incidents.flatMap(i => i.entityRefs))].slice(
          0,
          MAX_ENTITIES,
        );
  const where =
    cluster.basis === 'entity'
      ? `on ${entityRefName(cluster.value)}`
      : `of category ${labelOf(incidentCategoryLabels, cluster.value)}`;
  const priority = incidents.map(i => i.priority as Priority).sort()[0];
  const listed = incidents.slice(-LISTED);
  return {
    title: `Suggested: ${incidents.length} incidents ${where} within ${windowHours} hours`,
    description: [
      `Proactive detection found ${incidents.length} incidents ${where} opened within ${windowHours} hours, which may share a cause:`,
      '',
      ...listed.map(
        i => `- ${i.ref}: ${i.title} (${stateLabel('incident', i.state)})`,
      ),
      ...(incidents.length > listed.length
        ? [`- and ${incidents.length - listed.length} more`]
        : []),
      '',
      'Investigate to find the root cause, or cancel if they are unrelated.',
    ].join('\n'),
    entityRefs,
    // The shared input types `category` by incident; a problem's is checked by its intake.
    category: category as CreateRecordInput['category'],
    source: 'proactive',
    impact: 'medium',
    urgency: 'medium',
    priority,
    incidents: incidents.map(i => i.ref),
    detection: {
      basis: cluster.basis,
      value: cluster.value,
      incidents: incidents.length,
      windowHours,
    },
  };
}
