import {
  ContinuityPlanState,
  RecoveryRunStep,
} from '@backstage-itsm/plugin-itsm-common';
import { ConflictError, InputError, NotAllowedError } from '@backstage/errors';
import { AuditorService } from '@backstage/backend-plugin-api';
import { auditWrite } from '../../core/services/auditWrite';
import { StoredRecord } from '../../core/model/recordModel';
import { actorOf } from '../../core/services/actorOf';
import { RecordConflictError } from '../../core/services/RecordConflictError';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';
import {
  FindingInput,
  checkFinding,
  planExerciseFinding,
} from '../domain/planExerciseFinding';
import { planRunStep } from '../domain/planRunStep';

/** Plans a finding can send into revision. */
const REVISABLE: ContinuityPlanState[] = ['approved', 'active'];

/**
 * A running exercise's checklist and its findings (§9.3): who did which
 * step when, and what the drill showed, each a guarded, audited change of
 * the exercise for those who work it.
 */
export class ExerciseRuns {
  constructor(
    private readonly deps: {
      records: RecordService;
      auditor: AuditorService;
      now?: () => Date;
    },
  ) {}

  /** Stamps a step of the checklist started or done. */
  tickStep(
    idOrRef: string,
    stepId: string,
    input: { version: number; status?: string },
    ctx: RequestContext,
  ): Promise<StoredRecord> {
    return this.deps.records.change(
      'exercise',
      idOrRef,
      {
        version: input.version,
        auditEventId: 'exercise-step',
        access: 'write',
        meta: { step: stepId, status: input.status ?? null },
      },
      record => {
        if (record.state !== 'running') {
          throw new ConflictError(
            `Steps are ticked while the drill runs: ${record.ref} is ${record.state}`,
          );
        }
        const actor = actorOf(ctx.credentials);
        const now = this.now();
        const { steps, step } = planRunStep({
          steps: (record.fields.checklist as RecoveryRunStep[]) ?? [],
          stepId,
          status: input.status,
          actor,
          now,
          run: record.ref,
        });
        return {
          expectedState: 'running',
          set: { fields: { ...record.fields, checklist: steps } },
          event: {
            kind: 'updated',
            actor,
            data: {
              changes: [
                {
                  field: 'Step',
                  from: null,
                  to: `${step.title}: ${step.doneAt ? 'done' : 'started'}`,
                },
              ],
            },
          },
        };
      },
      ctx,
    );
  }

  /**
   * Records a finding; with `revisePlan` it first sends the exercised plan
   * into revision with the finding as the reason, through the plan's own
   * workflow (permission-checked, on the plan's timeline), after every
   * check of the finding has passed.
   */
  addFinding(
    idOrRef: string,
    input: FindingInput & { version: number; revisePlan?: boolean },
    ctx: RequestContext,
  ): Promise<StoredRecord> {
    return auditWrite({
      auditor: this.deps.auditor,
      eventId: 'exercise-finding-add',
      ctx,
      meta: { exercise: idOrRef, revisePlan: Boolean(input.revisePlan) },
      write: () => this.recordFinding(idOrRef, input, ctx),
    });
  }

  private async recordFinding(
    idOrRef: string,
    input: FindingInput & { version: number; revisePlan?: boolean },
    ctx: RequestContext,
  ): Promise<StoredRecord> {
    const { records } = this.deps;
    const exercise = await records.get('exercise', idOrRef, ctx);
    if (exercise.version !== input.version) {
      throw new RecordConflictError(exercise);
    }
    const allowed = await records.allowedActions([exercise], ctx);
    if (!allowed.get(exercise.id)?.update) {
      throw new NotAllowedError(`You may not change ${exercise.ref}`);
    }
    const checked = checkFinding(exercise, input);
    let planRevised: string | undefined;
    if (input.revisePlan) {
      const planRef = exercise.fields.plan;
      if (typeof planRef !== 'string') {
        throw new InputError(
          `revisePlan: ${exercise.ref} is ad hoc; there is no plan to revise`,
        );
      }
      const plan = await records.get('continuity-plan', planRef, ctx);
      if (!REVISABLE.includes(plan.state as ContinuityPlanState)) {
        throw new ConflictError(
          `revisePlan: ${plan.ref} is ${plan.state.replace(
            '_',
            ' ',
          )}; only an approved or active plan is sent into revision`,
        );
      }
      await records.transition(
        'continuity-plan',
        plan.id,
        {
          action: 'revise',
          version: plan.version,
          reason: `Finding of ${exercise.ref}: ${checked.title}`,
        },
        ctx,
      );
      planRevised = plan.ref;
    }
    return records.change(
      'exercise',
      exercise.id,
      {
        version: exercise.version,
        auditEventId: 'exercise-finding',
        access: 'write',
        meta: { revisePlan: Boolean(input.revisePlan) },
      },
      record =>
        planExerciseFinding({
          exercise: record,
          input,
          planRevised,
          actor: actorOf(ctx.credentials),
          now: this.now(),
        }).change,
      ctx,
    );
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }
}
