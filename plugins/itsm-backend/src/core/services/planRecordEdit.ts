import { InputError } from '@backstage/errors';
import { EntityLookup } from '../catalog/EntityLookup';
import { StoredRecord, UpdateRecordOptions } from '../database/RecordStore';
import { checkEditable } from '../domain/checkEditable';
import { diffRecord, RecordEdit } from '../domain/diffRecord';
import { actorOf } from './actorOf';
import { workflowOf } from './RecordLoader';
import { RequestContext } from './RecordService';
import { EditPlanner } from './recordProcessHooks';

/**
 * What an edit of a record's own fields changes: refused in a state that
 * keeps them fixed or with a blank title; the entities, group and assignee
 * checked against the catalog; then what the record's process adds (its
 * EditPlanner, which may refuse, and may change fields of its own); undefined when it changes nothing (the
 * same version, the same values).
 */
export async function planRecordEdit(options: {
  record: StoredRecord;
  edit: RecordEdit & { version: number };
  entities: EntityLookup;
  /** What the record type's process adds to the edit, if anything. */
  editPlanner?: EditPlanner;
  ctx: RequestContext;
}): Promise<Omit<UpdateRecordOptions, 'type' | 'id' | 'now'> | undefined> {
  const { record, edit, entities, ctx } = options;
  checkEditable(workflowOf(record.type), record, Object.keys(edit));
  if (edit.title !== undefined && !edit.title.trim()) {
    throw new InputError('title must not be blank');
  }
  const resolved =
    edit.entityRefs === undefined
      ? undefined
      : await entities.resolve(edit.entityRefs, {
          field: 'entityRefs',
          credentials: ctx.credentials,
        });
  const people = await entities.resolvePeople(
    {
      assignmentGroup: edit.assignmentGroup,
      assignee: edit.assignee ?? undefined,
    },
    { credentials: ctx.credentials },
  );
  const normalised: RecordEdit = {
    ...edit,
    assignmentGroup: people.assignmentGroup,
    // null unassigns; a name is checked against the catalog.
    assignee: edit.assignee === null ? null : people.assignee,
    title: edit.title?.trim(),
    entityRefs: resolved?.entityRefs,
  };
  const { changes: ownChanges = [], ...added } =
    (await options.editPlanner?.({ record, edit: normalised, ctx })) ?? {};
  const changes = [...diffRecord(record, normalised), ...ownChanges];
  if (changes.length === 0 && edit.version === record.version) {
    return undefined;
  }
  return {
    expectedVersion: edit.version,
    set: {
      title: normalised.title,
      description: normalised.description,
      priority: normalised.priority,
      category: normalised.category,
      entityRefs: resolved?.entityRefs,
      assignee: normalised.assignee,
      assignmentGroup: normalised.assignmentGroup,
      ...added,
    },
    entityOwners: resolved?.owners,
    event: {
      kind: 'updated',
      actor: actorOf(ctx.credentials),
      data: { changes },
    },
  };
}
