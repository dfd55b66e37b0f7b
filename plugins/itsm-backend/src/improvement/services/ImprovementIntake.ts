import { itsmImprovementManagePermission } from '@backstage-itsm/plugin-itsm-common';
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
import { planContinuityOwner } from '../../continuity';

type ImprovementType = 'improvement' | 'training';

/**
 * What one improvement type adds to a new record besides its owner: its
 * own fields, and where it has them its priority or unique keys.
 */
export type ImprovementOwnIntake = (
  options: Parameters<IntakePlanner>[0],
) => Promise<
  Pick<RecordIntake, 'fields'> &
    Partial<Pick<RecordIntake, 'priority' | 'window' | 'uniqueKeys'>>
>;

/**
 * The intake continual improvement's records share (chapter 10): anyone
 * who may create records proposes an improvement item (a lesson is
 * written by whoever learnt it); a training session is recorded by those
 * who run the process (`itsm.improvement.manage`). Each has an owner (the
 * one named, who must be in the catalog, else its first entity's, else
 * its proposer), who works it as its assignee or assignment group.
 */
export class ImprovementIntake {
  constructor(
    private readonly permissions: PermissionsService,
    private readonly entities: EntityLookup,
  ) {}

  /** Whether the caller runs continual improvement (`itsm.improvement.manage`). */
  async isManager(credentials: BackstageCredentials): Promise<boolean> {
    const [decision] = await this.permissions.authorize(
      [{ permission: itsmImprovementManagePermission }],
      { credentials },
    );
    return decision.result === AuthorizeResult.ALLOW;
  }

  /** A 403 unless the caller runs continual improvement. */
  async requireManager(
    what: string,
    credentials: BackstageCredentials,
  ): Promise<void> {
    if (!(await this.isManager(credentials))) {
      throw new NotAllowedError(
        `Only improvement managers may ${what} (itsm.improvement.manage)`,
      );
    }
  }

  /** The intake planner of one improvement type, with the type's own part. */
  plannerFor(type: ImprovementType, own?: ImprovementOwnIntake): IntakePlanner {
    return async options => {
      const { input, resolved, ctx } = options;
      if (type === 'training') {
        await this.requireManager('record a training session', ctx.credentials);
      }
      const first = resolved.entityRefs[0];
      const named = intakeInputOf<{ owner?: string }>(input).owner;
      const { owner, ...columns } = planContinuityOwner(
        named,
        resolved.owners.find(o => o.entityRef === first)?.ownerRef ??
          actorOf(ctx.credentials),
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
