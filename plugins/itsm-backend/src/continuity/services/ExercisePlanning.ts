import {
  ContinuityPlanState,
  ExerciseKind,
  exerciseKindLabels,
  interruptingExerciseKinds,
} from '@backstage-itsm/plugin-itsm-common';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { ChangeConflictChecker, planWindow } from '../../changes';
import { oneOf } from '../../core/domain/intakeChecks';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';
import { utcWindow } from '../../core/domain/utcTime';
import { StoredRecord } from '../../core/model/recordModel';
import {
  CreateContext,
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';
import { planContinuityOwner } from '../domain/planContinuityOwner';
import { planExerciseChange } from '../domain/planExerciseChange';
import {
  ExerciseInput,
  planExerciseFields,
} from '../domain/planExerciseFields';
import { ContinuityIntake } from './ContinuityIntake';
import { procedureOf } from './readPlanContinuity';

/** What a client sends to plan an exercise (`CreateExerciseRequest`). */
export type NewExercise = ExerciseInput & {
  title: string;
  description: string;
  entityRefs: string[];
  kind: string;
  owner?: string;
  window?: { start?: string; end?: string };
  risk?: unknown;
};

/** A plan an exercise may be of: any not retired. */
const EXERCISABLE: ContinuityPlanState[] = [
  'draft',
  'in_review',
  'approved',
  'active',
  'under_revision',
];

/**
 * Plans an exercise (§9.3), of a plan or ad hoc. One that interrupts
 * service raises its change request first, through the change process:
 * its window is checked against freezes before anything is written (a
 * freeze answers 409 naming it), the change is raised and submitted (so it
 * is on the change calendar and approved like any change), then the
 * exercise is stored carrying it, linked to the change and to its plan.
 */
export class ExercisePlanning {
  constructor(
    private readonly deps: {
      records: RecordService;
      intake: ContinuityIntake;
      conflicts: ChangeConflictChecker;
    },
  ) {}

  async create(
    input: NewExercise,
    ctx: CreateContext,
  ): Promise<{ record: StoredRecord; created: boolean }> {
    const { records } = this.deps;
    await this.deps.intake.requireManager('exercise', ctx.credentials);
    const kind = oneOf(input.kind, exerciseKindLabels, 'kind') as ExerciseKind;
    const plan =
      input.plan === undefined ? undefined : await this.planOf(input.plan, ctx);
    // Every field checked before a change request is raised for it, those
    // the record core and the intake check too (a blank title, the owner):
    // a refused exercise leaves no change request behind.
    planExerciseFields({ ...input, plan: plan?.ref });
    if (!input.title.trim()) throw new InputError('title must not be blank');
    planContinuityOwner(input.owner, undefined);
    const linkedFrom: { recordId: string; kind: 'relates-to' }[] = plan
      ? [{ recordId: plan.id, kind: 'relates-to' }]
      : [];
    const own: Record<string, unknown> = { plan: plan?.ref };
    if (interruptingExerciseKinds.includes(kind)) {
      if (input.window === undefined) {
        throw new InputError(
          `window: a ${exerciseKindLabels[kind].toLocaleLowerCase(
            'en-US',
          )} exercise interrupts service and needs its window (start and end) for its change request`,
        );
      }
      const window = planWindow(input.window);
      await this.refuseFreezes(input.entityRefs, window, ctx);
      const change = await this.raiseChange(input, kind, window, plan, ctx);
      linkedFrom.push({ recordId: change.id, kind: 'relates-to' });
      own.changeRequest = change.ref;
      own.window = window;
    } else if (input.window !== undefined || input.risk !== undefined) {
      throw new InputError(
        `${
          input.window !== undefined ? 'window' : 'risk'
        }: only an exercise that interrupts service (failover, full interruption) has a change request`,
      );
    }
    const { risk: _risk, window: _window, ...rest } = input;
    return records.create(
      'exercise',
      { ...rest, ...own },
      { ...ctx, linkedFrom: [...(ctx.linkedFrom ?? []), ...linkedFrom] },
    );
  }

  /** The plan exercised, as the caller may read it; a 400 naming `plan`. */
  private async planOf(ref: string, ctx: RequestContext) {
    const plan = await this.deps.records
      .get('continuity-plan', ref.trim(), ctx)
      .catch(error => {
        if (error instanceof NotFoundError) {
          throw new InputError(`plan: there is no continuity plan ${ref}`);
        }
        throw error;
      });
    if (!EXERCISABLE.includes(plan.state as ContinuityPlanState)) {
      throw new InputError(`plan: ${plan.ref} is retired`);
    }
    return plan;
  }

  /** A 409 naming the freeze the window falls in, before anything is written. */
  private async refuseFreezes(
    entityRefs: string[],
    window: { start: string; end: string },
    ctx: RequestContext,
  ) {
    const { conflicts } = await this.deps.conflicts.check(
      {
        id: '',
        entityRefs: entityRefs.map((ref, i) =>
          normalizeEntityRef(ref, `entityRefs[${i}]`),
        ),
        window,
      },
      ctx,
    );
    const freezes = conflicts.flatMap(c => (c.kind === 'freeze' ? [c] : []));
    if (freezes.length > 0) {
      throw new ConflictError(
        `window: the exercise's window falls in the freeze ${freezes
          .map(f => `'${f.name}' (${utcWindow(f)})`)
          .join(', ')}; move the window`,
      );
    }
  }

  /** The exercise's change request, raised and submitted. */
  private async raiseChange(
    input: NewExercise,
    kind: ExerciseKind,
    window: { start: string; end: string },
    plan: StoredRecord | undefined,
    ctx: CreateContext,
  ): Promise<StoredRecord> {
    const { records } = this.deps;
    const { record: change } = await records.create(
      'change',
      planExerciseChange({
        title: input.title,
        kind,
        entityRefs: input.entityRefs,
        window,
        risk: input.risk,
        plan: plan && { ref: plan.ref, steps: procedureOf(plan) },
        scenario: input.scenario,
      }),
      {
        ...ctx,
        // A repeated create raises no second change.
        idempotencyKey: ctx.idempotencyKey
          ? `exercise:${ctx.idempotencyKey}`
          : undefined,
      },
    );
    if (change.state !== 'draft') return change;
    return records.transition(
      'change',
      change.id,
      { action: 'submit', version: change.version },
      ctx,
    );
  }
}
