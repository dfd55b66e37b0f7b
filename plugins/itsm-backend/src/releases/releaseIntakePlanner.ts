import { actorOf } from '../core/services/actorOf';
import {
  IntakePlanner,
  intakeInputOf,
} from '../core/services/recordProcessHooks';
import {
  planReleaseIntake,
  ReleaseIntakeInput,
  ReleaseSettings,
} from './domain/planReleaseIntake';

/** A release's intake (§7.1): its released entity, version and window. */
export function releaseIntakePlanner(settings: ReleaseSettings): IntakePlanner {
  return async ({ input, resolved, ctx }) =>
    planReleaseIntake({
      input: intakeInputOf<ReleaseIntakeInput>(input),
      entityRefs: resolved.entityRefs,
      versionSchemes: resolved.versionSchemes ?? {},
      settings,
      caller: actorOf(ctx.credentials),
    });
}
