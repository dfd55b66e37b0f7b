import { RecordType } from '@backstage-itsm/plugin-itsm-common';
import { EntityLookup, ResolvedEntities } from '../catalog/EntityLookup';
import { CreateRecordOptions } from '../database/RecordStore';
import { ChangeSettings, planChangeIntake } from '../domain/planChangeIntake';
import {
  IncidentIntakeSettings,
  planIncidentIntake,
} from '../domain/planIncidentIntake';
import { planProblemIntake } from '../domain/planProblemIntake';
import {
  planReleaseIntake,
  ReleaseSettings,
} from '../domain/planReleaseIntake';
import { actorOf } from './actorOf';
import { CreateRecordInput, RequestContext } from './RecordService';

/** What intake decides for a new record besides its core fields. */
export type RecordIntake = Pick<
  CreateRecordOptions,
  | 'priority'
  | 'fields'
  | 'category'
  | 'assignmentGroup'
  | 'supportTier'
  | 'assignee'
  | 'reportedBy'
  | 'window'
  | 'uniqueKeys'
>;

/**
 * What a new record of one type is stored with besides its core fields:
 * each process registers its own (an incident's priority and routing, a
 * change's model and risk, a release's version), so the create use case
 * needs to know none of them.
 */
export type IntakePlanner = (options: {
  input: CreateRecordInput;
  resolved: ResolvedEntities;
  ctx: RequestContext;
  now: string;
}) => Promise<RecordIntake>;

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
    incident: async ({ input, resolved, ctx, now }) => {
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
        input,
        priorityMatrix: incidents.priorityMatrix,
        serviceDeskGroup: incidents.serviceDeskGroup,
        firstEntity: firstEntityOf(resolved),
        caller: actorOf(ctx.credentials),
      }),
    ...(changes
      ? {
          change: async ({ input, ctx }) =>
            planChangeIntake({
              input,
              settings: changes,
              caller: actorOf(ctx.credentials),
            }),
        }
      : {}),
    ...(releases
      ? {
          release: async ({ input, resolved, ctx }) =>
            planReleaseIntake({
              input,
              entityRefs: resolved.entityRefs,
              versionSchemes: resolved.versionSchemes ?? {},
              settings: releases,
              caller: actorOf(ctx.credentials),
            }),
        }
      : {}),
  };
}
