import { AuditorService } from '@backstage/backend-plugin-api';
import { RecordType } from '@backstage-itsm/plugin-itsm-common';
import { JsonObject } from '@backstage/types';
import { StoredRecord } from '../database/RecordStore';
import { auditWrite } from './auditWrite';
import { RecordLoader } from './RecordLoader';
import { RequestContext } from './RecordService';

/**
 * An audited change to one record the caller may change (`access` names
 * which permission applies; `read` when the change decides for itself, as
 * workflow moves do by role): the record is loaded inside the audit, so
 * refusals are audited too.
 */
export function writeRecord<T>(
  deps: { auditor: AuditorService; loader: RecordLoader },
  options: {
    eventId: string;
    type: RecordType;
    idOrRef: string;
    ctx: RequestContext;
    access: keyof NonNullable<RequestContext['access']>;
    meta: JsonObject;
  },
  change: (record: StoredRecord) => Promise<T>,
): Promise<T> {
  const { eventId, type, idOrRef, ctx, access, meta } = options;
  return auditWrite({
    auditor: deps.auditor,
    eventId,
    ctx,
    meta: { type, record: idOrRef, ...meta },
    write: async () =>
      change(
        await deps.loader.loadForWrite(
          type,
          idOrRef,
          ctx.access?.read,
          access === 'read' ? undefined : ctx.access?.[access],
        ),
      ),
  });
}
