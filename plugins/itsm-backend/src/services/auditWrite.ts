import { AuditorService } from '@backstage/backend-plugin-api';
import { JsonObject } from '@backstage/types';
import { StoredRecord } from '../database/RecordStore';
import { RequestContext } from './RecordService';

/**
 * Runs a write as an auditor event: success with the ref of the record it
 * produced, or failure with the error (refusals included).
 */
export async function auditWrite<T>(options: {
  auditor: AuditorService;
  eventId: string;
  ctx: RequestContext;
  meta: JsonObject;
  write: () => Promise<T>;
}): Promise<T> {
  const { auditor, eventId, ctx, meta, write } = options;
  const event = await auditor.createEvent({
    eventId,
    severityLevel: 'medium',
    request: ctx.request,
    meta,
  });
  try {
    const result = await write();
    const record = (result as { record?: StoredRecord })?.record ?? result;
    const ref = (record as StoredRecord)?.ref;
    await event.success({ meta: ref ? { ...meta, ref } : meta });
    return result;
  } catch (error) {
    await event.fail({ meta, error: error as Error });
    throw error;
  }
}
