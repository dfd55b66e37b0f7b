import { AuditorService } from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import { StoredRecord } from '../../core/database/RecordStore';
import { actorOf } from '../../core/services/actorOf';
import { auditWrite } from '../../core/services/auditWrite';
import {
  LinkView,
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';

/** The states of a change that has been (or is being) carried out. */
export const CARRIED_OUT_STATES = ['implementing', 'review', 'closed'];

/** Records listed per side of a correlation, at most. */
const LIMIT = 100;

/** Which records are suggested, confirmed and dismissed for one record. */
export type Correlation = {
  suggested: StoredRecord[];
  confirmed: StoredRecord[];
  dismissed: StoredRecord[];
};

const MINUTE = 60_000;

function dismissedOf(change: StoredRecord): string[] {
  return (change.fields.dismissedIncidents as string[] | undefined) ?? [];
}

/** The incidents a change's confirmed links say it caused. */
function causedBy(change: StoredRecord, links: LinkView[]): StoredRecord[] {
  return links
    .filter(
      l =>
        l.link.kind === 'caused-by' &&
        l.target.id === change.id &&
        l.source.type === 'incident',
    )
    .map(l => l.source);
}

/**
 * Change ↔ incident correlation (chapter 5): incidents opened on a change's
 * entities during its window, or within `correlationMinutes` after it, are
 * suggested on both records as possibly caused by the change. An agent
 * confirms one (a `caused-by` link from the incident to the change) or
 * dismisses it (kept on the change); confirmed ones count against the
 * change's success.
 */
export class ChangeCorrelationService {
  constructor(
    private readonly deps: {
      records: RecordService;
      auditor: AuditorService;
      correlationMinutes: number;
    },
  ) {}

  async forChange(idOrRef: string, ctx: RequestContext): Promise<Correlation> {
    const { records } = this.deps;
    const change = await records.get('change', idOrRef, ctx);
    const links = await records.links('change', change.id, ctx);
    const confirmed = causedBy(change, links);
    if (!change.window || change.entityRefs.length === 0) {
      return { suggested: [], confirmed, dismissed: [] };
    }
    const { records: incidents } = await records.list(
      'incident',
      {
        anyOfEntityRefs: change.entityRefs,
        createdWithin: {
          start: change.window.start,
          end: new Date(
            Date.parse(change.window.end) +
              this.deps.correlationMinutes * MINUTE,
          ).toISOString(),
        },
        limit: LIMIT,
      },
      ctx,
    );
    const dismissed = dismissedOf(change);
    const confirmedIds = new Set(confirmed.map(r => r.id));
    return {
      suggested: incidents.filter(
        i => !confirmedIds.has(i.id) && !dismissed.includes(i.id),
      ),
      confirmed,
      dismissed: incidents.filter(i => dismissed.includes(i.id)),
    };
  }

  async forIncident(
    idOrRef: string,
    ctx: RequestContext,
  ): Promise<Correlation> {
    const { records } = this.deps;
    const incident = await records.get('incident', idOrRef, ctx);
    const links = await records.links('incident', incident.id, ctx);
    const confirmed = links
      .filter(
        l =>
          l.link.kind === 'caused-by' &&
          l.source.id === incident.id &&
          l.target.type === 'change',
      )
      .map(l => l.target);
    if (incident.entityRefs.length === 0) {
      return { suggested: [], confirmed, dismissed: [] };
    }
    const opened = Date.parse(incident.createdAt);
    const { records: changes } = await records.list(
      'change',
      {
        anyOfEntityRefs: incident.entityRefs,
        states: CARRIED_OUT_STATES,
        // Windows that began by the time it was opened and ended no longer
        // than the correlation period before.
        windowOverlaps: {
          start: new Date(
            opened - this.deps.correlationMinutes * MINUTE,
          ).toISOString(),
          end: new Date(opened + 1).toISOString(),
        },
        limit: LIMIT,
      },
      ctx,
    );
    const confirmedIds = new Set(confirmed.map(r => r.id));
    return {
      suggested: changes.filter(
        c => !confirmedIds.has(c.id) && !dismissedOf(c).includes(incident.id),
      ),
      confirmed,
      dismissed: changes.filter(c => dismissedOf(c).includes(incident.id)),
    };
  }

  /**
   * An agent's decision on a suggestion: confirm links the incident to the
   * change as caused by it; dismiss records that it was not. Only those
   * who work the incident decide. The decision is an auditor event
   * (`change-incident-decide`), refusals included.
   */
  async decide(
    changeRef: string,
    input: { incident: string; decision: 'confirm' | 'dismiss' },
    ctx: RequestContext,
  ): Promise<Correlation> {
    return auditWrite({
      auditor: this.deps.auditor,
      eventId: 'change-incident-decide',
      ctx,
      meta: {
        change: changeRef,
        incident: input.incident,
        decision: input.decision,
      },
      write: () => this.applyDecision(changeRef, input, ctx),
      resultMeta: () => ({}),
    });
  }

  private async applyDecision(
    changeRef: string,
    input: { incident: string; decision: 'confirm' | 'dismiss' },
    ctx: RequestContext,
  ): Promise<Correlation> {
    const { records } = this.deps;
    const change = await records.get('change', changeRef, ctx);
    const incident = await records.get('incident', input.incident, ctx);
    const allowed = await records.allowedActions([incident], ctx);
    if (!allowed.get(incident.id)?.update) {
      throw new NotAllowedError(
        `Only those who work ${incident.ref} may say whether ${change.ref} caused it`,
      );
    }
    const suggestion = await this.forChange(change.id, ctx);
    const known = [...suggestion.suggested, ...suggestion.dismissed];
    if (!known.some(i => i.id === incident.id)) {
      throw new InputError(
        `incident: ${incident.ref} is not among the incidents suggested for ${change.ref}`,
      );
    }
    if (input.decision === 'confirm') {
      await records.link(
        'incident',
        incident.id,
        { target: change.id, kind: 'caused-by' },
        ctx,
      );
    } else {
      await records.change(
        'change',
        change.id,
        {
          version: change.version,
          auditEventId: 'change-correlation',
          access: 'read',
          meta: { incident: incident.ref, decision: input.decision },
        },
        current => ({
          set: {
            fields: {
              ...current.fields,
              dismissedIncidents: [
                ...new Set([...dismissedOf(current), incident.id]),
              ],
            },
          },
          event: {
            kind: 'updated',
            actor: actorOf(ctx.credentials),
            data: {
              changes: [
                {
                  field: 'not caused',
                  from: null,
                  to: incident.ref,
                },
              ],
            },
          },
        }),
        ctx,
      );
    }
    return this.forChange(change.id, ctx);
  }
}
