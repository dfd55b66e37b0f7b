import { InputError } from '@backstage/errors';
import { EntityLookup } from '../../core/catalog/EntityLookup';
import { moveInputOf } from '../../core/domain/planTransition';
import { intakeInputOf } from '../../core/services/recordProcessHooks';
import { TransitionPlanner } from '../../core/services/RecordService';
import { TrainingIntakeInput } from '../domain/improvementIntakeInput';
import { planTrainingCompletion } from '../domain/planTrainingCompletion';
import { planTrainingIntake } from '../domain/planTrainingIntake';
import { ImprovementOwnIntake } from './ImprovementIntake';

/** The fields of a training session's own moves. */
export type TrainingMoveFields = { completedBy?: string[] };

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter(v => typeof v === 'string') : [];

/**
 * What a training session adds to the record core (§10.2.3): its intake
 * (the process, time and material, and attendees who are users and groups
 * of the catalog) and its `hold` move, which records who completed it.
 */
export class TrainingSessions {
  constructor(private readonly entities: EntityLookup) {}

  /** The training session's own part of the intake. */
  readonly intake: ImprovementOwnIntake = async ({ input, ctx }) => {
    const own = intakeInputOf<TrainingIntakeInput>(input);
    const { fields } = planTrainingIntake(own);
    const resolved = await this.entities.resolve(own.attendees ?? [], {
      field: 'attendees',
      credentials: ctx.credentials,
    });
    resolved.entityRefs.forEach((ref, i) => {
      if (!ref.startsWith('user:') && !ref.startsWith('group:')) {
        throw new InputError(
          `attendees[${i}] '${ref}' is not a user or a group`,
        );
      }
    });
    return { fields: { ...fields, attendees: resolved.entityRefs } };
  };

  /** `hold` keeps who completed the session: attendees and their groups' members. */
  readonly transition: TransitionPlanner = async ({
    record,
    input,
    plan,
    ctx,
  }) => {
    const move = moveInputOf<TrainingMoveFields>(input);
    if (move.action !== 'hold') return plan;
    const attendees = strings(record.fields.attendees);
    const groups = attendees.filter(ref => ref.startsWith('group:'));
    const membersOf = Object.fromEntries(
      await Promise.all(
        groups.map(
          async group =>
            [
              group,
              await this.entities.groupMembers(group, {
                credentials: ctx.credentials,
              }),
            ] as const,
        ),
      ),
    );
    const completedBy = planTrainingCompletion({
      completedBy: move.completedBy,
      attendees,
      membersOf,
    });
    const fields = { ...(plan.set.fields ?? record.fields), completedBy };
    return { ...plan, set: { ...plan.set, fields } };
  };
}
