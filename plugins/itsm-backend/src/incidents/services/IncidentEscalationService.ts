import { Priority, SupportTier } from '@backstage-itsm/plugin-itsm-common';
import { EntityLookup } from '../../core/catalog/EntityLookup';
import { StoredRecord } from '../../core/database/RecordStore';
import {
  planFunctionalEscalation,
  planPriorityDecision,
  planPriorityRequest,
} from '../domain/planEscalation';
import {
  planMajorDeclaration,
  planPostIncidentReview,
  PostIncidentReview,
} from '../domain/planMajorIncident';
import { tierOfGroup } from '../domain/routeIncident';
import { actorOf } from '../../core/services/actorOf';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';

/** Where escalations go, from configuration. */
export type EscalationSettings = {
  serviceDeskGroup: string;
  /** Leads named in configuration, by group ref; before the catalog's. */
  leads: Record<string, string>;
};

/**
 * Escalation (§3.3): functional (to another group or a higher tier),
 * hierarchical (a raise of priority the group's lead approves), and the
 * major incident procedure with its post-incident review. Each is a
 * planned change of the record core: permission-checked, version-guarded,
 * audited, on the timeline.
 */
export class IncidentEscalationService {
  constructor(
    private readonly deps: {
      records: RecordService;
      entities: EntityLookup;
      settings: EscalationSettings;
      now?: () => Date;
    },
  ) {}

  async escalate(
    idOrRef: string,
    input: {
      version: number;
      assignmentGroup: string;
      supportTier?: SupportTier;
      assignee?: string;
      reason: string;
    },
    ctx: RequestContext,
  ): Promise<StoredRecord> {
    return this.deps.records.change(
      'incident',
      idOrRef,
      {
        version: input.version,
        auditEventId: 'incident-escalate',
        access: 'write',
        meta: { to: input.assignmentGroup },
      },
      // The group is looked up inside the audited change: an unknown one
      // is an audited refusal.
      async record => {
        const people = await this.deps.entities.resolvePeople(
          { assignmentGroup: input.assignmentGroup, assignee: input.assignee },
          { credentials: ctx.credentials },
        );
        const group = people.assignmentGroup!;
        return planFunctionalEscalation({
          record,
          input: {
            assignmentGroup: group,
            supportTier:
              input.supportTier ??
              tierOfGroup(group, this.deps.settings.serviceDeskGroup),
            assignee: people.assignee,
            reason: input.reason,
          },
          actor: actorOf(ctx.credentials),
        });
      },
      ctx,
    );
  }

  async requestPriority(
    idOrRef: string,
    input: { version: number; priority: Priority; reason: string },
    ctx: RequestContext,
  ): Promise<StoredRecord> {
    return this.deps.records.change(
      'incident',
      idOrRef,
      {
        version: input.version,
        auditEventId: 'incident-priority-request',
        access: 'write',
        meta: { priority: input.priority },
      },
      async record =>
        planPriorityRequest({
          record,
          input,
          lead: record.assignmentGroup
            ? await this.leadOf(record.assignmentGroup, ctx)
            : undefined,
          actor: actorOf(ctx.credentials),
          now: this.now(),
        }),
      ctx,
    );
  }

  async decidePriority(
    idOrRef: string,
    input: {
      version: number;
      decision: 'approve' | 'reject';
      comment: string;
      assignee?: string;
      plan?: string;
    },
    ctx: RequestContext,
  ): Promise<StoredRecord> {
    const people = await this.deps.entities.resolvePeople(
      { assignee: input.assignee },
      { credentials: ctx.credentials },
    );
    return this.deps.records.change(
      'incident',
      idOrRef,
      {
        version: input.version,
        auditEventId: 'incident-priority-decision',
        // The lead decides by who they are, not by working the incident.
        access: 'read',
        meta: { decision: input.decision },
      },
      record =>
        planPriorityDecision({
          record,
          input: { ...input, assignee: people.assignee },
          actor: actorOf(ctx.credentials),
        }),
      ctx,
    );
  }

  async declareMajor(
    idOrRef: string,
    input: { version: number; reason: string },
    ctx: RequestContext,
  ): Promise<StoredRecord> {
    return this.deps.records.change(
      'incident',
      idOrRef,
      {
        version: input.version,
        auditEventId: 'incident-declare-major',
        access: 'write',
      },
      record =>
        planMajorDeclaration({
          record,
          reason: input.reason,
          actor: actorOf(ctx.credentials),
          now: this.now(),
        }),
      ctx,
    );
  }

  async review(
    idOrRef: string,
    input: { version: number } & PostIncidentReview,
    ctx: RequestContext,
  ): Promise<StoredRecord> {
    return this.deps.records.change(
      'incident',
      idOrRef,
      {
        version: input.version,
        auditEventId: 'incident-review',
        access: 'write',
      },
      record =>
        planPostIncidentReview({
          record,
          input,
          actor: actorOf(ctx.credentials),
          now: this.now(),
        }),
      ctx,
    );
  }

  private async leadOf(
    groupRef: string,
    ctx: RequestContext,
  ): Promise<string | undefined> {
    return (
      this.deps.settings.leads[groupRef] ??
      (await this.deps.entities.groupLead(groupRef, {
        credentials: ctx.credentials,
      }))
    );
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }
}
