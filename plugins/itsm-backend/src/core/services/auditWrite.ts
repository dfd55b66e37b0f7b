import { AuditorService } from '@backstage/backend-plugin-api';
import { JsonObject } from '@backstage/types';
import { StoredRecord } from '../database/RecordStore';
import { RequestContext } from './RecordService';

/** The ref of the record a write produced, as auditor meta. */
function refOf(result: unknown): JsonObject {
  const record = (result as { record?: StoredRecord })?.record ?? result;
  const ref = (record as StoredRecord | undefined)?.ref;
  return ref ? { ref } : {};
}

/**
 * Runs a write as an auditor event: success with the ref of the record it
 * produced (or what `resultMeta` picks of its result), or failure with the
 * error (refusals included). Never put a secret in `meta`: auditor events
 * go to the log.
 */
export async function auditWrite<T>(options: {
  auditor: AuditorService;
  eventId: string;
  ctx: RequestContext;
  meta: JsonObject;
  write: () => Promise<T>;
  resultMeta?: (result: T) => JsonObject;
}): Promise<T> {
  const { auditor, eventId, ctx, meta, write, resultMeta } = options;
  const event = await auditor.createEvent({
    eventId,
    severityLevel: 'medium',
    request: ctx.request,
    meta,
  });
  try {
    const result = await write();
    await event.success({
      meta: { ...meta, ...(resultMeta ?? refOf)(result) },
    });
    return result;
  } catch (error) {
    await event.fail({ meta, error: error as Error });
    throw error;
  }
}
