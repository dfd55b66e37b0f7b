import { MAX_PAGE_SIZE } from '@backstage-itsm/plugin-itsm-common';
import { InputError } from '@backstage/errors';
import { EntityLookup } from '../../core/catalog/EntityLookup';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';
import { StoredRecord } from '../../core/model/recordModel';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';
import {
  planTrainingPlan,
  TrainingPlanMemberView,
} from '../domain/planTrainingPlan';

/** The most training sessions a plan reads. */
const MAX_SESSIONS = 2000;

/**
 * A group's training plan (§10.2.3): its members from the catalog, the
 * sessions planned for it and held in the last twelve months, and who
 * completed what; only sessions the caller may read.
 */
export class TrainingPlanService {
  constructor(
    private readonly deps: {
      records: RecordService;
      entities: EntityLookup;
      now?: () => Date;
    },
  ) {}

  async plan(
    group: string | undefined,
    ctx: RequestContext,
  ): Promise<{
    group: string;
    since: string;
    sessions: StoredRecord[];
    members: TrainingPlanMemberView[];
  }> {
    if (!group) throw new InputError('group is required');
    const ref = normalizeEntityRef(group, 'group', 'group');
    if (!ref.startsWith('group:')) {
      throw new InputError(`group '${group}' is not a group`);
    }
    await this.deps.entities.resolve([ref], {
      field: 'group',
      credentials: ctx.credentials,
    });
    const members = await this.deps.entities.groupMembers(ref, {
      credentials: ctx.credentials,
    });
    const now = this.deps.now?.() ?? new Date();
    const since = new Date(
      Date.UTC(
        now.getUTCFullYear() - 1,
        now.getUTCMonth(),
        now.getUTCDate(),
        now.getUTCHours(),
        now.getUTCMinutes(),
      ),
    ).toISOString();
    const sessions: StoredRecord[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.deps.records.list(
        'training',
        { states: ['planned', 'held'], limit: MAX_PAGE_SIZE, cursor },
        ctx,
      );
      sessions.push(...page.records);
      cursor = page.nextCursor;
    } while (cursor && sessions.length < MAX_SESSIONS);
    return {
      group: ref,
      since,
      ...planTrainingPlan({ group: ref, members, sessions, since }),
    };
  }
}
