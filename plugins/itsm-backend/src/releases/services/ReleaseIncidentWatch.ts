import { incidentWorkflow } from '@backstage-itsm/plugin-itsm-common';
import { StoredRecord } from '../../core/database/RecordStore';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';

const openStates: readonly string[] = incidentWorkflow.openStates;

/** Incidents listed for one release, at most. */
const MAX_INCIDENTS = 100;

/**
 * The incidents opened on a release's entities since its rollout started
 * (§7.3): until it was released or rolled back, or until now while it
 * rolls out or awaits confirmation, when any of them still open is a
 * prompt to consider rolling back.
 */
export class ReleaseIncidentWatch {
  constructor(
    private readonly deps: { records: RecordService; now?: () => Date },
  ) {}

  async incidentsOf(
    idOrRef: string,
    ctx: RequestContext,
  ): Promise<{ incidents: StoredRecord[]; considerRollback: boolean }> {
    const release = await this.deps.records.get('release', idOrRef, ctx);
    const startedAt = release.fields.startedAt as string | undefined;
    if (!startedAt) return { incidents: [], considerRollback: false };
    const endedAt =
      (release.fields.releasedAt as string | undefined) ??
      (release.fields.rolledBackAt as string | undefined) ??
      (this.deps.now?.() ?? new Date()).toISOString();
    const { records } = await this.deps.records.list(
      'incident',
      {
        anyOfEntityRefs: release.entityRefs,
        createdWithin: {
          start: startedAt,
          // The end is exclusive; an incident of the last instant counts.
          end: new Date(Date.parse(endedAt) + 1).toISOString(),
        },
        sort: 'priority',
        limit: MAX_INCIDENTS,
      },
      ctx,
    );
    return {
      incidents: records,
      considerRollback:
        ['rolling_out', 'confirming'].includes(release.state) &&
        records.some(r => openStates.includes(r.state)),
    };
  }
}
