import {
  ExerciseKind,
  interruptingExerciseKinds,
  measureRecovery,
  RecoveryRunStep,
  RunObjectives,
  recoveryChecklistOf,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { ConflictError, InputError } from '@backstage/errors';
import { RecordStore, StoredRecord } from '../../core/database/RecordStore';
import { moveInputOf } from '../../core/domain/planTransition';
import { TransitionPlanner } from '../../core/services/RecordService';
import { ExerciseMoveFields } from '../domain/continuityMoveFields';
import { objectivesOf, procedureOf } from './readPlanContinuity';

/** A change request an interrupting exercise may start under. */
const CHANGE_CLEARED = ['scheduled', 'implementing'];

/** Analyses read for an exercise's entities, at most. */
const MAX_ANALYSES = 100;

/**
 * What an exercise's moves do besides their state (§9.3): starting copies
 * the plan's procedure as the checklist and its objectives, and needs an
 * interrupting exercise's change request approved and scheduled;
 * completing records the data lost and the measurement.
 */
export class ExerciseWorkflowPlanner {
  constructor(private readonly deps: { store: RecordStore }) {}

  readonly plan: TransitionPlanner = async ({ record, input, plan, now }) => {
    const move = moveInputOf<ExerciseMoveFields>(input);
    const fields = { ...(plan.set.fields ?? record.fields) };
    if (move.action !== 'complete' && move.dataLossMinutes !== undefined) {
      throw new InputError(
        'dataLossMinutes is given when the exercise is completed',
      );
    }
    if (move.action === 'start') {
      await this.requireClearedChange(record);
      const planRecord = await this.byRef(
        'continuity-plan',
        record.fields.plan,
      );
      const checklist = planRecord
        ? recoveryChecklistOf(procedureOf(planRecord))
        : [];
      fields.startedAt = now;
      fields.checklist = checklist;
      fields.objectives = await this.objectives(planRecord ?? record);
    }
    if (move.action === 'complete') {
      const loss = move.dataLossMinutes;
      if (loss !== undefined && (!Number.isInteger(loss) || loss < 0)) {
        throw new InputError(
          'dataLossMinutes must be whole minutes, 0 or more',
        );
      }
      if (loss !== undefined) fields.dataLossMinutes = loss;
      fields.measurement = measureRecovery({
        startedAt: String(record.fields.startedAt ?? now),
        steps: (record.fields.checklist as RecoveryRunStep[]) ?? [],
        objectives: (record.fields.objectives as RunObjectives) ?? {},
        dataLossMinutes: loss,
        now,
      });
    }
    return { ...plan, set: { ...plan.set, fields } };
  };

  private async requireClearedChange(record: StoredRecord) {
    if (
      !interruptingExerciseKinds.includes(record.fields.kind as ExerciseKind)
    ) {
      return;
    }
    const change = await this.byRef('change', record.fields.changeRequest);
    if (!change) {
      throw new ConflictError(
        `${record.ref} interrupts service and carries no change request`,
      );
    }
    if (!CHANGE_CLEARED.includes(change.state)) {
      throw new ConflictError(
        `${record.ref} interrupts service: its change request ${
          change.ref
        } must be approved and scheduled before it starts; it is ${stateLabel(
          'change',
          change.state,
        ).toLocaleLowerCase('en-US')}`,
      );
    }
  }

  private async objectives(covering: StoredRecord): Promise<RunObjectives> {
    if (covering.entityRefs.length === 0) return {};
    const { records } = await this.deps.store.listRecords({
      type: 'impact-analysis',
      states: ['approved'],
      anyOfEntityRefs: covering.entityRefs,
      sort: 'newest',
      limit: MAX_ANALYSES,
    });
    return objectivesOf(covering, records);
  }

  private async byRef(
    type: 'change' | 'continuity-plan',
    ref: unknown,
  ): Promise<StoredRecord | undefined> {
    const number = Number(/^[A-Z]+-(\d+)$/.exec(String(ref ?? ''))?.[1]);
    if (!Number.isInteger(number)) return undefined;
    return this.deps.store.getRecord({ type, number });
  }
}
