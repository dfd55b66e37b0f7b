import { entityRefName } from '@backstage-itsm/plugin-itsm-common';
import { minutesInWords } from './minutesInWords';

/** One entity of the catalog's dependency graph, as the check reads it. */
export type ObjectiveNode = {
  entityRef: string;
  /** Lower-case kind: component, system, resource, ... */
  kind: string;
  /** What it relies on: its `dependsOn`, and a system's parts. */
  dependsOn: string[];
};

/** What continuity knows of one entity. */
export type EntityContinuity = {
  /** Its analysis that is not retired, if any. */
  analysis?: { ref: string; state: string; rtoMinutes?: number };
  /** Whether an approved or active continuity plan covers it. */
  covered: boolean;
};

/** Why a service's recovery time objective is not achievable. */
export type ObjectiveIssueKind =
  | 'longer-rto'
  | 'no-approved-analysis'
  | 'no-plan';

/**
 * One inconsistency: the entity at fault, the path from the service to it
 * (the service first, the entity last) and the sentence that says it.
 */
export type ObjectiveIssue = {
  kind: ObjectiveIssueKind;
  entityRef: string;
  path: string[];
  message: string;
  /** For `longer-rto`: the dependency's RTO and the service's. */
  rtoMinutes?: number;
  serviceRtoMinutes?: number;
  /** The entity's analysis, when it has one that is not approved. */
  analysisRef?: string;
};

/** The most issues listed for one service unless asked otherwise; the rest are counted. */
export const MAX_ISSUES_PER_SERVICE = 200;

/**
 * The kinds that carry an analysis of their own and so must have an
 * approved one: components and systems. A resource (a database, a server)
 * is checked when it has an analysis; without one, the analysis of what
 * uses it answers for it and the check passes through it.
 */
export const kindsNeedingAnalysis: ReadonlySet<string> = new Set([
  'component',
  'system',
]);

/**
 * Whether a service's recovery time objective is achievable over the
 * catalog's dependency graph (what no peer checks): everything it relies
 * on, transitively (`dependsOn`, and a system's parts), must recover at
 * least as fast (an approved analysis with an RTO no longer than the
 * service's), have an approved analysis at all, and be covered by an
 * approved or active continuity plan, as must the service itself. Walks
 * breadth first, so each entity is reported with a shortest path that
 * causes it; safe on cycles. Each inconsistency is listed with its path,
 * e.g. `checkout-service → ledger-service → payments-db: payments-db's RTO
 * 8 h exceeds checkout-service's 4 h`.
 */
export function checkRecoveryObjectives(options: {
  service: string;
  /** The service's RTO; without one, only missing analyses and plans count. */
  rtoMinutes?: number;
  graph: ReadonlyMap<string, ObjectiveNode>;
  continuityOf: (entityRef: string) => EntityContinuity | undefined;
  /** The most issues listed (default 200), nearest first; the rest are counted. */
  maxIssues?: number;
  /** Hears every issue, listed or not (without its sentence: `describeIssue`). */
  onIssue?: (issue: Omit<ObjectiveIssue, 'message'>) => void;
}): { issues: ObjectiveIssue[]; issueCount: number; truncated: boolean } {
  const { service, rtoMinutes, graph, continuityOf } = options;
  const maxIssues = options.maxIssues ?? MAX_ISSUES_PER_SERVICE;
  const issues: ObjectiveIssue[] = [];
  let issueCount = 0;
  const add = (issue: Omit<ObjectiveIssue, 'message'>) => {
    issueCount++;
    options.onIssue?.(issue);
    if (issues.length < maxIssues) {
      issues.push({ ...issue, message: describeIssue(issue) });
    }
  };
  const own = continuityOf(service);
  if (!own?.covered) {
    add({ kind: 'no-plan', entityRef: service, path: [service] });
  }
  const cameFrom = new Map<string, string | null>([[service, null]]);
  let frontier = [service];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const from of frontier) {
      for (const to of graph.get(from)?.dependsOn ?? []) {
        if (cameFrom.has(to)) continue;
        cameFrom.set(to, from);
        next.push(to);
      }
    }
    for (const ref of next) {
      const node = graph.get(ref);
      const kind = node?.kind ?? ref.slice(0, ref.indexOf(':'));
      const found = continuityOf(ref);
      const analysis = found?.analysis;
      if (!analysis && !kindsNeedingAnalysis.has(kind)) continue;
      const path = pathTo(cameFrom, ref);
      if (!analysis || analysis.state !== 'approved') {
        add({
          kind: 'no-approved-analysis',
          entityRef: ref,
          path,
          ...(analysis ? { analysisRef: analysis.ref } : {}),
        });
      } else if (
        rtoMinutes !== undefined &&
        analysis.rtoMinutes !== undefined &&
        analysis.rtoMinutes > rtoMinutes
      ) {
        add({
          kind: 'longer-rto',
          entityRef: ref,
          path,
          rtoMinutes: analysis.rtoMinutes,
          serviceRtoMinutes: rtoMinutes,
        });
      }
      if (!found?.covered) add({ kind: 'no-plan', entityRef: ref, path });
    }
    frontier = next;
  }
  return { issues, issueCount, truncated: issueCount > issues.length };
}

function pathTo(cameFrom: Map<string, string | null>, ref: string): string[] {
  const path = [ref];
  for (let at = cameFrom.get(ref); at; at = cameFrom.get(at)) path.push(at);
  return path.reverse();
}

/** The sentence that says an issue, its path by name. */
export function describeIssue(issue: Omit<ObjectiveIssue, 'message'>): string {
  const names = issue.path.map(entityRefName);
  const name = names[names.length - 1];
  const prefix = names.length > 1 ? `${names.join(' → ')}: ` : '';
  switch (issue.kind) {
    case 'longer-rto':
      return `${prefix}${name}'s RTO ${minutesInWords(
        issue.rtoMinutes!,
      )} exceeds ${names[0]}'s ${minutesInWords(issue.serviceRtoMinutes!)}`;
    case 'no-approved-analysis':
      return `${prefix}${name} has no approved business impact analysis${
        issue.analysisRef ? ` (${issue.analysisRef} is not approved yet)` : ''
      }`;
    default:
      return `${prefix}${name} has no approved or active continuity plan`;
  }
}
