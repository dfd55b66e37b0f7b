import { actorOf } from '../core/services/actorOf';
import {
  IntakePlanner,
  intakeInputOf,
} from '../core/services/recordProcessHooks';
import {
  ChangeIntakeInput,
  ChangeSettings,
  planChangeIntake,
} from './domain/planChangeIntake';

/** A change's intake (§5.2.1): its model, type, risk and plan. */
export function changeIntakePlanner(settings: ChangeSettings): IntakePlanner {
  return async ({ input, ctx }) =>
    planChangeIntake({
      input: intakeInputOf<ChangeIntakeInput>(input),
      settings,
      caller: actorOf(ctx.credentials),
    });
}
