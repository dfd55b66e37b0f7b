import {
  BackstageCredentials,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import { durationToMilliseconds } from '@backstage/types';
import { RecordStore, StoredRecord } from '../../core/database/RecordStore';
import { findIncidentClusters, IncidentCluster } from '../../incidents';
import { MAX_PROBLEM_INCIDENTS } from '../domain/planProblemIntake';
import {
  planProblemSuggestion,
  suggestionKeyOf,
} from '../domain/planProblemSuggestion';
import { RecordService } from '../../core/services/RecordService';
import { ProblemDetectionSettings } from '../services/readProblemSettings';

/** Incidents of one window read per page, and at most. */
const PAGE = 500;
const MAX_INCIDENTS = 10_000;

/**
 * Proactive problem detection (§4.1): every `frequency`, on one replica at
 * a time (`scope: 'global'`), finds `threshold` or more incidents on one
 * entity or of one category opened within `window` that no problem covers
 * yet, and suggests a problem for each such cluster (see
 * planProblemSuggestion), linked to its incidents in the same transaction.
 *
 * Never twice: an incident linked to a problem no longer counts, and each
 * suggestion claims a key per incident, so two replicas that race make one
 * suggestion and the other's fails whole (a 409 it passes over).
 */
export class ProblemDetectionTask {
  constructor(
    private readonly deps: {
      store: RecordStore;
      records: RecordService;
      credentials: () => Promise<BackstageCredentials>;
      settings: ProblemDetectionSettings;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {}

  async schedule(scheduler: SchedulerService): Promise<void> {
    if (!this.deps.settings.enabled) return;
    await scheduler.scheduleTask({
      id: 'itsm-problem-detection',
      scope: 'global',
      frequency: this.deps.settings.frequency,
      timeout: { minutes: 10 },
      // A first look soon after start, no later than the first period.
      initialDelay: {
        milliseconds: Math.min(
          10_000,
          durationToMilliseconds(this.deps.settings.frequency),
        ),
      },
      fn: async () => {
        await this.run();
      },
    });
  }

  /** Suggests the problems due now; returns them. */
  async run(): Promise<StoredRecord[]> {
    const { settings } = this.deps;
    const windowMs = durationToMilliseconds(settings.window);
    const windowHours = Math.round((windowMs / 3_600_000) * 100) / 100;
    const clusters = await this.clusters(windowMs);
    const suggested: StoredRecord[] = [];
    for (const cluster of clusters) {
      const problem = await this.suggest(cluster, windowHours);
      if (problem) suggested.push(problem);
    }
    if (suggested.length) {
      this.deps.logger.info(
        `Proactive detection suggested ${suggested.map(p => p.ref).join(', ')}`,
      );
    }
    return suggested;
  }

  /** The clusters among the window's incidents that no problem covers. */
  private async clusters(windowMs: number): Promise<IncidentCluster[]> {
    const incidents = await this.incidentsOfWindow(windowMs);
    const covered = new Set<string>();
    const checked = new Set<string>();
    // Only incidents in a cluster need their links read (one query per
    // round); dropping covered ones can move others into new clusters, so
    // look again until stable.
    for (;;) {
      const free = incidents.filter(i => !covered.has(i.id));
      const clusters = findIncidentClusters({
        incidents: free,
        threshold: this.deps.settings.threshold,
        bases: this.deps.settings.bases,
      });
      const unchecked = clusters
        .flatMap(c => c.incidents)
        .filter(i => !checked.has(i.id));
      if (unchecked.length === 0) return clusters;
      unchecked.forEach(incident => checked.add(incident.id));
      const linked = await this.deps.store.filterLinkedSources(
        unchecked.map(incident => incident.id),
        { kind: 'caused-by', targetType: 'problem' },
      );
      linked.forEach(id => covered.add(id));
    }
  }

  private async incidentsOfWindow(windowMs: number): Promise<StoredRecord[]> {
    const now = this.deps.now?.() ?? new Date();
    const createdWithin = {
      start: new Date(now.getTime() - windowMs).toISOString(),
      end: now.toISOString(),
    };
    const incidents: StoredRecord[] = [];
    let after: { number: number } | undefined;
    for (;;) {
      const { records, hasMore } = await this.deps.store.listRecords({
        type: 'incident',
        createdWithin,
        sort: 'newest',
        limit: PAGE,
        after,
      });
      incidents.push(...records);
      if (!hasMore || records.length === 0) break;
      if (incidents.length >= MAX_INCIDENTS) {
        this.deps.logger.warn(
          `Proactive detection looked at the newest ${incidents.length} incidents of its window only`,
        );
        break;
      }
      after = { number: records[records.length - 1].number };
    }
    return incidents;
  }

  /** The suggested problem, or nothing when another replica made it. */
  private async suggest(
    cluster: IncidentCluster,
    windowHours: number,
  ): Promise<StoredRecord | undefined> {
    // A problem is opened from at most so many incidents; the newest count.
    const linked = {
      ...cluster,
      incidents: cluster.incidents.slice(-MAX_PROBLEM_INCIDENTS),
    };
    try {
      const { record } = await this.deps.records.create(
        'problem',
        planProblemSuggestion({ cluster: linked, windowHours }),
        {
          credentials: await this.deps.credentials(),
          uniqueKeys: cluster.incidents.map(incident => ({
            key: suggestionKeyOf(incident),
            conflictMessage: `${incident.ref} is already in a suggested problem`,
          })),
        },
      );
      return record;
    } catch (error) {
      if (error instanceof ConflictError) {
        this.deps.logger.debug(
          `Not suggesting a problem for ${cluster.basis} ${cluster.value}: ${error.message}`,
        );
        return undefined;
      }
      throw error;
    }
  }
}
