import { itsmContinuityManagePermission } from '@backstage-itsm/plugin-itsm-common';
import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { EntityLookup } from '../../core/catalog/EntityLookup';
import { actorOf } from '../../core/services/actorOf';
import {
  IntakePlanner,
  intakeInputOf,
  RecordIntake,
} from '../../core/services/recordProcessHooks';
import { ContinuityIntakeInput } from '../domain/continuityIntakeInput';
import { planContinuityOwner } from '../domain/planContinuityOwner';

type ContinuityType =
  | 'risk'
  | 'impact-analysis'
  | 'continuity-plan'
  | 'exercise';

/**
 * What one continuity type adds to a new record besides its owner: its
 * own fields, and where it has them its priority, window or unique keys
 * (a risk's assessment, an analysis's grid, an exercise's run).
 */
export type ContinuityOwnIntake = (
  options: Parameters<IntakePlanner>[0],
) => Promise<
  Pick<RecordIntake, 'fields'> &
    Partial<Pick<RecordIntake, 'priority' | 'window' | 'uniqueKeys'>>
>;

/**
 * The intake every continuity record shares (chapter 9): only those who
 * may manage continuity (`itsm.continuity.manage`) record one; each has
 * an owner (the one named, who must be in the catalog, else its first
 * entity's), who works it as its
 * assignee or assignment group; the type adds its own part.
 */
export class ContinuityIntake {
  constructor(
    private readonly permissions: PermissionsService,
    private readonly entities: EntityLookup,
  ) {}

  /** A 403 unless the caller manages continuity (`itsm.continuity.manage`). */
  async requireManager(
    type: ContinuityType,
    credentials: BackstageCredentials,
  ): Promise<void> {
    const [decision] = await this.permissions.authorize(
      [{ permission: itsmContinuityManagePermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `Only continuity managers may record a ${type.replace(
          '-',
          ' ',
        )} (itsm.continuity.manage)`,
      );
    }
  }

  /** The intake planner of one continuity type, with the type's own part. */
  plannerFor(type: ContinuityType, own?: ContinuityOwnIntake): IntakePlanner {
    return async options => {
      const { input, resolved, ctx } = options;
      await this.requireManager(type, ctx.credentials);
      const first = resolved.entityRefs[0];
      const named = intakeInputOf<ContinuityIntakeInput>(input).owner;
      const { owner, ...columns } = planContinuityOwner(
        named,
        resolved.owners.find(o => o.entityRef === first)?.ownerRef,
      );
      if (named !== undefined && owner) {
        // A named owner must be in the catalog (400 naming `owner`).
        await this.entities.resolve([owner], {
          field: 'owner',
          credentials: ctx.credentials,
        });
      }
      const typed = (await own?.(options)) ?? { fields: {} };
      return {
        priority: 'P3',
        ...typed,
        fields: { ...(owner ? { owner } : {}), ...typed.fields },
        reportedBy: actorOf(ctx.credentials),
        ...columns,
      };
    };
  }
}
