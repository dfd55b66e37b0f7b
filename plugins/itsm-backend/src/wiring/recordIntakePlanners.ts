import { RecordType } from '@backstage-itsm/plugin-itsm-common';
import { EntityLookup, ResolvedEntities } from '../core/catalog/EntityLookup';
import {
  ChangeIntakeInput,
  ChangeSettings,
  planChangeIntake,
} from '../changes/domain/planChangeIntake';
import {
  IncidentIntakeInput,
  IncidentIntakeSettings,
  planIncidentIntake,
} from '../incidents/domain/planIncidentIntake';
import {
  planProblemIntake,
  ProblemIntakeInput,
} from '../problems/domain/planProblemIntake';
import {
  planReleaseIntake,
  ReleaseIntakeInput,
  ReleaseSettings,
} from '../releases/domain/planReleaseIntake';
import { actorOf } from '../core/services/actorOf';
import { IntakePlanner } from '../core/services/recordProcessHooks';
import { CreateRecordInput } from '../core/services/RecordService';

/**
 * The input as the type's intake reads it. The core passes on the fields
 * it does not know; the HTTP body was checked against the contract and the
 * planner checks each field it reads.
 */
const as = <T>(input: CreateRecordInput) => input as CreateRecordInput & T;

/** The first affected entity, which routes incidents and problems. */
function firstEntityOf(resolved: ResolvedEntities) {
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
 * The intake planners of the processes the plugin runs: incidents
 * (§3.2.1-3.2.2, with the people the report names checked against the
 * catalog) and problems always, changes and releases when configured.
 */
export function recordIntakePlanners(options: {
  entities: EntityLookup;
  incidents: IncidentIntakeSettings;
  changes?: ChangeSettings;
  releases?: ReleaseSettings;
}): Partial<Record<RecordType, IntakePlanner>> {
  const { entities, incidents, changes, releases } = options;
  return {
    incident: async ({ input: given, resolved, ctx, now }) => {
      const input = as<IncidentIntakeInput>(given);
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
        settings: incidents,
        firstEntity: firstEntityOf(resolved),
        caller: actorOf(ctx.credentials),
        callerIsService:
          (ctx.credentials.principal as { type?: string }).type === 'service',
        now,
      });
    },
    problem: async ({ input, resolved, ctx }) =>
      planProblemIntake({
        input: as<ProblemIntakeInput>(input),
        priorityMatrix: incidents.priorityMatrix,
        serviceDeskGroup: incidents.serviceDeskGroup,
        firstEntity: firstEntityOf(resolved),
        caller: actorOf(ctx.credentials),
      }),
    ...(changes
      ? {
          change: async ({ input, ctx }) =>
            planChangeIntake({
              input: as<ChangeIntakeInput>(input),
              settings: changes,
              caller: actorOf(ctx.credentials),
            }),
        }
      : {}),
    ...(releases
      ? {
          release: async ({ input, resolved, ctx }) =>
            planReleaseIntake({
              input: as<ReleaseIntakeInput>(input),
              entityRefs: resolved.entityRefs,
              versionSchemes: resolved.versionSchemes ?? {},
              settings: releases,
              caller: actorOf(ctx.credentials),
            }),
        }
      : {}),
  };
}
