import {
  ContinuityInvocation,
  ContinuityPlanCovering,
  IncidentContinuity,
  measureRecovery,
  recoveryChecklistOf,
} from '@backstage-itsm/plugin-itsm-common';
import { AuditorService } from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { EntityLookup } from '../../core/catalog/EntityLookup';
import { StoredRecord } from '../../core/model/recordModel';
import { actorOf } from '../../core/services/actorOf';
import { auditWrite } from '../../core/services/auditWrite';
import { RecordConflictError } from '../../core/services/RecordConflictError';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';
import {
  invocationsOf,
  planInvocation,
  planInvocationRecovery,
  planInvocationStep,
  planPlanInvocationNote,
  requireInvocable,
} from '../domain/planInvocation';
import { procedureOf, readPlanObjectives } from './readPlanContinuity';

/** Plans in force: those a major incident may invoke. */
const IN_FORCE = ['approved', 'active'];
/** Covering plans listed, at most. */
const MAX_PLANS = 50;
/** Times the plan's note is written again when another edit won the race. */
const MAX_ATTEMPTS = 5;

/**
 * Continuity plans invoked from a major incident (issue 20, item 5): the
 * plans covering its entities, the invocation recorded on both records
 * (the incident carries the run; the plan keeps a summary and tells its
 * contacts), the procedure's checklist and the recovery measured against
 * the objectives. Only the incident's workers invoke and tick (the
 * incident's change is `write` access).
 */
export class ContinuityInvocations {
  constructor(
    private readonly deps: {
      records: RecordService;
      auditor: AuditorService;
      entities: EntityLookup;
    },
  ) {}

  /**
   * What a plan covers the incident through: its entities and the systems
   * they are part of (a plan for the payments system covers an incident on
   * checkout-service).
   */
  private async coveredRefsOf(
    incident: StoredRecord,
    ctx: RequestContext,
  ): Promise<string[]> {
    if (incident.entityRefs.length === 0) return [];
    const subjects = await this.deps.entities.slaSubjects(incident.entityRefs, {
      credentials: ctx.credentials,
    });
    const systems = Object.values(subjects).flatMap(s =>
      s.systemRef ? [s.systemRef] : [],
    );
    return [...new Set([...incident.entityRefs, ...systems])];
  }

  /** The covering plans and the invocations, with the incident's version. */
  async overview(
    incidentRef: string,
    ctx: RequestContext,
  ): Promise<IncidentContinuity> {
    const incident = await this.deps.records.get('incident', incidentRef, ctx);
    return this.present(incident, ctx);
  }

  invoke(
    incidentRef: string,
    input: { version: number; plan: string },
    ctx: RequestContext,
  ): Promise<IncidentContinuity> {
    return auditWrite({
      auditor: this.deps.auditor,
      eventId: 'continuity-plan-invoke',
      ctx,
      meta: { incident: incidentRef, plan: input.plan ?? null },
      write: () => this.invokePlan(incidentRef, input, ctx),
    });
  }

  private async invokePlan(
    incidentRef: string,
    input: { version: number; plan: string },
    ctx: RequestContext,
  ): Promise<IncidentContinuity> {
    const { records } = this.deps;
    const incident = await records.get('incident', incidentRef, ctx);
    if (incident.version !== input.version) {
      throw new RecordConflictError(incident);
    }
    // Who and the state before the body: nothing is read for the others.
    const allowed = await records.allowedActions([incident], ctx);
    if (!allowed.get(incident.id)?.update) {
      throw new NotAllowedError(
        `Only those who work ${incident.ref} invoke a continuity plan for it`,
      );
    }
    requireInvocable(incident);
    const plan = await records
      .get('continuity-plan', String(input.plan).trim(), ctx)
      .catch(error => {
        if (error instanceof NotFoundError) {
          throw new InputError(
            `plan: there is no continuity plan ${input.plan}`,
          );
        }
        throw error;
      });
    if (!IN_FORCE.includes(plan.state)) {
      throw new ConflictError(
        `${plan.ref} is ${plan.state.replace(
          '_',
          ' ',
        )}: only an approved or active plan is invoked`,
      );
    }
    const covered = await this.coveredRefsOf(incident, ctx);
    if (!plan.entityRefs.some(ref => covered.includes(ref))) {
      throw new InputError(
        `plan: ${plan.ref} covers none of ${incident.ref}'s services`,
      );
    }
    const objectives = await readPlanObjectives(records, plan, ctx);
    const steps = recoveryChecklistOf(procedureOf(plan));
    let invocation: ContinuityInvocation | undefined;
    const updated = await records.change(
      'incident',
      incident.id,
      {
        version: input.version,
        auditEventId: 'continuity-invocation',
        access: 'write',
        meta: { plan: plan.ref },
      },
      record => {
        const planned = planInvocation({
          incident: record,
          plan,
          steps,
          objectives,
          actor: actorOf(ctx.credentials),
          now: new Date().toISOString(),
        });
        invocation = planned.invocation;
        return planned.change;
      },
      ctx,
    );
    await this.noteOnPlan(plan, updated, invocation!, ctx);
    await records
      .link(
        'incident',
        updated.id,
        { target: plan.id, kind: 'relates-to' },
        ctx,
      )
      .catch(error => {
        // Linked already (an earlier invocation, or by hand).
        if (!(error instanceof InputError)) throw error;
      });
    return this.present(await records.get('incident', updated.id, ctx), ctx);
  }

  /** Stamps a step of an invoked plan's checklist. */
  async tickStep(
    incidentRef: string,
    invocationId: string,
    stepId: string,
    input: { version: number; status?: string },
    ctx: RequestContext,
  ): Promise<IncidentContinuity> {
    const updated = await this.deps.records.change(
      'incident',
      incidentRef,
      {
        version: input.version,
        auditEventId: 'continuity-invocation-step',
        access: 'write',
        meta: { invocation: invocationId, step: stepId },
      },
      record =>
        planInvocationStep({
          incident: record,
          invocationId,
          stepId,
          status: input.status,
          actor: actorOf(ctx.credentials),
          now: new Date().toISOString(),
        }),
      ctx,
    );
    return this.present(updated, ctx);
  }

  /** Records the recovery on the incident, then on the plan. */
  async recover(
    incidentRef: string,
    invocationId: string,
    input: { version: number; dataLossMinutes?: number },
    ctx: RequestContext,
  ): Promise<IncidentContinuity> {
    const { records } = this.deps;
    let invocation: ContinuityInvocation | undefined;
    const updated = await records.change(
      'incident',
      incidentRef,
      {
        version: input.version,
        auditEventId: 'continuity-recovery',
        access: 'write',
        meta: { invocation: invocationId },
      },
      record => {
        const planned = planInvocationRecovery({
          incident: record,
          invocationId,
          dataLossMinutes: input.dataLossMinutes,
          actor: actorOf(ctx.credentials),
          now: new Date().toISOString(),
        });
        invocation = planned.invocation;
        return planned.change;
      },
      ctx,
    );
    const plan = await records.get('continuity-plan', invocation!.plan, ctx);
    await this.noteOnPlan(plan, updated, invocation!, ctx);
    return this.present(updated, ctx);
  }

  /**
   * The plan's side: its `invocations` and timeline. The incident's change
   * is stored already, so an edit of the plan that lost a race is retried
   * on the plan as it is now. The invoker need not edit the plan: the
   * change is `read` access, planned here.
   */
  private async noteOnPlan(
    plan: StoredRecord,
    incident: StoredRecord,
    invocation: ContinuityInvocation,
    ctx: RequestContext,
  ): Promise<void> {
    for (let attempt = 1, base = plan.version; ; attempt++) {
      try {
        await this.deps.records.change(
          'continuity-plan',
          plan.id,
          {
            version: base,
            auditEventId: 'continuity-plan-invocation',
            access: 'read',
            meta: { incident: incident.ref },
          },
          record =>
            planPlanInvocationNote({
              plan: record,
              incident,
              invocation,
              actor: actorOf(ctx.credentials),
            }),
          ctx,
        );
        return;
      } catch (error) {
        if (
          !(error instanceof RecordConflictError) ||
          attempt >= MAX_ATTEMPTS
        ) {
          throw error;
        }
        base = error.current.version;
      }
    }
  }

  private async present(
    incident: StoredRecord,
    ctx: RequestContext,
  ): Promise<IncidentContinuity> {
    const { records } = this.deps;
    const covered = await this.coveredRefsOf(incident, ctx);
    const { records: plans } =
      covered.length === 0
        ? { records: [] as StoredRecord[] }
        : await records.list(
            'continuity-plan',
            { states: IN_FORCE, anyOfEntityRefs: covered, limit: MAX_PLANS },
            ctx,
          );
    const covering: ContinuityPlanCovering[] = await Promise.all(
      plans.map(async plan => ({
        ref: plan.ref,
        title: plan.title,
        state: plan.state,
        entityRefs: plan.entityRefs,
        procedure: procedureOf(plan),
        objectives: await readPlanObjectives(records, plan, ctx),
      })),
    );
    const now = new Date().toISOString();
    return {
      version: incident.version,
      plans: covering,
      invocations: invocationsOf(incident).map(i => ({
        ...i,
        measurement:
          i.measurement ??
          measureRecovery({
            startedAt: i.invokedAt,
            steps: i.steps,
            objectives: i.objectives,
            now,
          }),
      })),
    };
  }
}
