import { AuditorService } from '@backstage/backend-plugin-api';
import { LinkKind, RecordType } from '@backstage-itsm/plugin-itsm-common';
import { InputError, NotAllowedError } from '@backstage/errors';
import { RecordStore, StoredRecord } from '../database/RecordStore';
import { actorOf } from './actorOf';
import { RecordLoader } from './RecordLoader';
import { RecordReader } from './RecordReader';
import { LinkView, RequestContext } from './RecordService';
import { writeRecord } from './writeRecord';

/**
 * The link use case of every record type: a link from a record the caller
 * works to one they may read, refused to itself, twice, or (for a
 * `caused-by` link to a change) by someone who does not work the change.
 */
export class RecordLinking {
  constructor(
    private readonly deps: {
      store: RecordStore;
      auditor: AuditorService;
      loader: RecordLoader;
      reader: RecordReader;
      publish: (record: StoredRecord) => void;
      now: () => string;
    },
  ) {}

  async link(
    type: RecordType,
    idOrRef: string,
    input: { target: string; kind: LinkKind },
    ctx: RequestContext,
  ): Promise<LinkView> {
    return writeRecord(
      this.deps,
      {
        eventId: 'record-link',
        type,
        idOrRef,
        ctx,
        access: 'write',
        meta: { target: input.target, kind: input.kind },
      },
      async source => {
        const target = await this.deps.loader.loadAnyType(
          input.target,
          'target',
          ctx.access?.read,
        );
        if (target.id === source.id) {
          throw new InputError('target: a record cannot be linked to itself');
        }
        // A change is judged by the incidents it caused (§5.3.4): only
        // those who work it may count one against it.
        if (
          input.kind === 'caused-by' &&
          target.type === 'change' &&
          !(await this.deps.reader.passes(target, ctx.access?.write))
        ) {
          throw new NotAllowedError(
            `target: a caused-by link counts against ${target.ref}'s success, so only those who work ${target.ref} may make it`,
          );
        }
        const link = await this.deps.store.createLink({
          sourceId: source.id,
          targetId: target.id,
          targetRef: target.ref,
          kind: input.kind,
          actor: actorOf(ctx.credentials),
          now: this.deps.now(),
        });
        if (!link) {
          throw new InputError(
            `target: ${source.ref} is already linked to ${target.ref} as ${input.kind}`,
          );
        }
        this.deps.publish(source);
        return { link, source, target };
      },
    );
  }
}
