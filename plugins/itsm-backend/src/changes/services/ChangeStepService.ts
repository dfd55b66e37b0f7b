import { UserInfoService } from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { StoredRecord } from '../../core/database/RecordStore';
import { planStepUpdate } from '../domain/planStepUpdate';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';

/**
 * Ticks off the steps of a change's implementation plan (§5.3.2), each a
 * guarded change of the record, based on the version the caller saw.
 */
export class ChangeStepService {
  constructor(
    private readonly deps: {
      records: RecordService;
      userInfo: UserInfoService;
      now?: () => Date;
    },
  ) {}

  async update(
    idOrRef: string,
    input: { index: number; done: boolean; version: number },
    ctx: RequestContext,
  ): Promise<StoredRecord> {
    const principal = ctx.credentials.principal as { type?: string };
    if (principal.type !== 'user') {
      throw new NotAllowedError('Only a signed-in user can tick off a step');
    }
    const { userEntityRef, ownershipEntityRefs } =
      await this.deps.userInfo.getUserInfo(ctx.credentials);
    const current = await this.deps.records.get('change', idOrRef, ctx);
    const allowed = await this.deps.records.allowedActions([current], ctx);
    return this.deps.records.change(
      'change',
      current.id,
      {
        version: input.version,
        auditEventId: 'change-step',
        // The step's owner may tick it without working the change.
        access: 'read',
        meta: { index: input.index, done: input.done },
      },
      record =>
        planStepUpdate({
          record,
          index: input.index,
          done: input.done,
          actor: userEntityRef.toLocaleLowerCase('en-US'),
          claims: ownershipEntityRefs.map(r => r.toLocaleLowerCase('en-US')),
          isWorker: allowed.get(current.id)?.update ?? false,
          now: (this.deps.now?.() ?? new Date()).toISOString(),
        }),
      ctx,
    );
  }
}
