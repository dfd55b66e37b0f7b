import { RecordType } from '@backstage-itsm/plugin-itsm-common';
import { InputError } from '@backstage/errors';
import { EntityLookup, ResolvedEntities } from '../catalog/EntityLookup';
import { CreateRecordOptions } from '../database/RecordStore';
import { ChangeSettings, planChangeIntake } from '../domain/planChangeIntake';
import {
  planReleaseIntake,
  ReleaseSettings,
} from '../domain/planReleaseIntake';
import { planProblemIntake } from '../domain/planProblemIntake';
import {
  IncidentIntakeSettings,
  planIncidentIntake,
} from '../domain/planIncidentIntake';
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
 * What a new record of the type is stored with besides its core fields: for
 * incidents, the priority, classification and routing (§3.2.1-3.2.2), with
 * the people it names checked against the catalog.
 */
export async function planRecordIntake(options: {
  type: RecordType;
  input: CreateRecordInput;
  resolved: ResolvedEntities;
  ctx: RequestContext;
  now: string;
  entities: EntityLookup;
  settings: IncidentIntakeSettings;
  changes?: ChangeSettings;
  releases?: ReleaseSettings;
}): Promise<RecordIntake> {
  const { type, input, resolved, ctx, now, entities, settings } = options;
  if (type === 'change' && options.changes) {
    return planChangeIntake({
      input,
      settings: options.changes,
      caller: actorOf(ctx.credentials),
    });
  }
  if (type === 'release' && options.releases) {
    return planReleaseIntake({
      input,
      entityRefs: resolved.entityRefs,
      versionSchemes: resolved.versionSchemes ?? {},
      settings: options.releases,
      caller: actorOf(ctx.credentials),
    });
  }
  const [first] = resolved.entityRefs;
  const firstEntity =
    first === undefined
      ? undefined
      : {
          entityRef: first,
          ownerRef: resolved.owners.find(o => o.entityRef === first)?.ownerRef,
          supportGroupRef: resolved.supportGroups.find(
            g => g.entityRef === first,
          )?.groupRef,
        };
  if (type === 'problem') {
    return planProblemIntake({
      input,
      priorityMatrix: settings.priorityMatrix,
      serviceDeskGroup: settings.serviceDeskGroup,
      firstEntity,
      caller: actorOf(ctx.credentials),
    });
  }
  if (type !== 'incident') {
    throw new InputError(`There is no intake for ${type} records yet`);
  }
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
    firstEntity,
    caller: actorOf(ctx.credentials),
    callerIsService:
      (ctx.credentials.principal as { type?: string }).type === 'service',
    now,
  });
}
