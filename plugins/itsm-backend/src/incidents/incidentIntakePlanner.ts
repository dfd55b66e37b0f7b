import { EntityLookup, ResolvedEntities } from '../core/catalog/EntityLookup';
import { actorOf } from '../core/services/actorOf';
import {
  IntakePlanner,
  intakeInputOf,
} from '../core/services/recordProcessHooks';
import {
  IncidentIntakeInput,
  IncidentIntakeSettings,
  planIncidentIntake,
} from './domain/planIncidentIntake';

/** The first affected entity, which routes incidents and problems. */
export function firstEntityOf(resolved: ResolvedEntities) {
  const [first] = resolved.entityRefs;
  return first === undefined
    ? undefined
    : {
        entityRef: first,
        ownerRef: resolved.owners.find(o => o.entityRef === first)?.ownerRef,
        supportGroupRef: resolved.supportGroups.find(g => g.entityRef === first)
          ?.groupRef,
      };
}

/**
 * An incident's intake (§3.2.1-3.2.2): its priority and routing, with the
 * people the report names checked against the catalog.
 */
export function incidentIntakePlanner(
  entities: EntityLookup,
  settings: IncidentIntakeSettings,
): IntakePlanner {
  return async ({ input: given, resolved, ctx, now }) => {
    const input = intakeInputOf<IncidentIntakeInput>(given);
    const people = await entities.resolvePeople(
      {
        reportedBy: input.reportedBy,
        assignmentGroup: input.assignmentGroup,
        assignee: input.assignee,
      },
      { credentials: ctx.credentials },
    );
    return planIncidentIntake({
      input: { ...input, ...people },
      settings,
      firstEntity: firstEntityOf(resolved),
      caller: actorOf(ctx.credentials),
      callerIsService:
        (ctx.credentials.principal as { type?: string }).type === 'service',
      now,
    });
  };
}
