import { actorOf } from '../core/services/actorOf';
import {
  IntakePlanner,
  intakeInputOf,
} from '../core/services/recordProcessHooks';
import { firstEntityOf, IncidentIntakeSettings } from '../incidents';
import {
  planProblemIntake,
  ProblemIntakeInput,
} from './domain/planProblemIntake';

/**
 * A problem's intake (§4.2.1): its priority from the incidents' matrix and
 * its group, routed as an incident's would be.
 */
export function problemIntakePlanner(
  incidents: IncidentIntakeSettings,
): IntakePlanner {
  return async ({ input, resolved, ctx }) =>
    planProblemIntake({
      input: intakeInputOf<ProblemIntakeInput>(input),
      priorityMatrix: incidents.priorityMatrix,
      serviceDeskGroup: incidents.serviceDeskGroup,
      firstEntity: firstEntityOf(resolved),
      caller: actorOf(ctx.credentials),
    });
}
