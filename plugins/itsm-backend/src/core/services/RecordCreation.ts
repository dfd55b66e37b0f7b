import { AuditorService } from '@backstage/backend-plugin-api';
import { RecordType } from '@backstage-itsm/plugin-itsm-common';
import { InputError, NotFoundError } from '@backstage/errors';
import { EntityLookup } from '../catalog/EntityLookup';
import { RecordStore, StoredRecord } from '../database/RecordStore';
import { RecordChange } from '../model/notificationModel';
import { actorOf } from './actorOf';
import { auditWrite } from './auditWrite';
import { IntakePlanner, SlaClockPlanning } from './recordProcessHooks';
import { RecordLoader, workflowOf } from './RecordLoader';
import {
  CreateContext,
  CreateRecordInput,
  RequestContext,
} from './RecordService';

/**
 * The create use case of every record type: the title and entities
 * checked, the type's intake planned (routing, classification, a change's
 * model and risk, a release's version), an incident's service level clocks
 * started, the records it is opened from linked, all stored in one
 * transaction with its timeline event (once per idempotency key), then
 * published and notified.
 */
export class RecordCreation {
  constructor(
    private readonly deps: {
      store: RecordStore;
      entities: EntityLookup;
      auditor: AuditorService;
      loader: RecordLoader;
      /** Each record type's intake, as its process registers it. */
      intakePlanners: Partial<Record<RecordType, IntakePlanner>>;
      slaClocks?: SlaClockPlanning;
      publish: (record: StoredRecord) => void;
      notify: (change: RecordChange) => void;
      now?: () => Date;
    },
  ) {}

  async create(
    type: RecordType,
    input: CreateRecordInput,
    ctx: CreateContext,
  ): Promise<{ record: StoredRecord; created: boolean }> {
    return auditWrite({
      auditor: this.deps.auditor,
      eventId: 'record-create',
      ctx,
      meta: { type },
      write: async () => {
        const workflow = workflowOf(type);
        const title = input.title.trim();
        if (!title) {
          throw new InputError('title must not be blank');
        }
        const resolved = await this.deps.entities.resolve(input.entityRefs, {
          field: 'entityRefs',
          credentials: ctx.credentials,
        });
        const now = this.now();
        const intakePlanner = this.deps.intakePlanners[type];
        if (!intakePlanner) {
          throw new InputError(`There is no intake for ${type} records here`);
        }
        const intake = await intakePlanner({ input, resolved, ctx, now });
        const linkedFrom = [
          ...(type === 'problem'
            ? await this.incidentsToLink(input.incidents ?? [], ctx)
            : []),
          ...(ctx.linkedFrom ?? []),
        ];
        const slaClocks = this.deps.slaClocks?.recordTypes.includes(type)
          ? await this.deps.slaClocks.start({
              priority: intake.priority,
              state: workflow.initialState,
              category: intake.category,
              resolved,
              now,
              credentials: ctx.credentials,
            })
          : undefined;
        const result = await this.deps.store.createRecord({
          type,
          title,
          description: input.description,
          state: workflow.initialState,
          isOpen: workflow.openStates.includes(workflow.initialState),
          entityRefs: resolved.entityRefs,
          entityOwners: resolved.owners,
          createdBy: actorOf(ctx.credentials),
          idempotencyKey: ctx.idempotencyKey,
          alertSource: ctx.alertSource,
          now,
          channel:
            typeof intake.fields.channel === 'string'
              ? intake.fields.channel
              : undefined,
          ...intake,
          uniqueKeys: [...(intake.uniqueKeys ?? []), ...(ctx.uniqueKeys ?? [])],
          slaClocks,
          linkedFrom,
        });
        if (result.created) {
          this.deps.publish(result.record);
          this.deps.notify({
            after: result.record,
            event: {
              kind: 'created',
              actor: result.record.createdBy,
              data: {},
            },
          });
        }
        return result;
      },
    });
  }

  /**
   * The incidents a problem is opened from, which the caller may read, as
   * `caused-by` links to it; each bad ref is a 400 naming it.
   */
  private async incidentsToLink(refs: string[], ctx: RequestContext) {
    const links: { recordId: string; kind: string }[] = [];
    for (const [i, ref] of refs.entries()) {
      const incident = await this.deps.loader
        .load('incident', ref, ctx.access?.read)
        .catch(error => {
          if (error instanceof NotFoundError) {
            throw new InputError(
              `incidents[${i}]: there is no incident ${ref}`,
            );
          }
          throw error;
        });
      if (!links.some(l => l.recordId === incident.id)) {
        links.push({ recordId: incident.id, kind: 'caused-by' });
      }
    }
    return links;
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }
}
