import { KnownErrorList, Priority } from '@backstage-itsm/plugin-itsm-common';
import { RecordService, RequestContext } from './RecordService';

/** The states in which a known error's workaround still applies. */
const STILL_KNOWN = [
  'new',
  'investigating',
  'awaiting_approval',
  'fix_in_progress',
  'resolved',
];

/** How many problems of an entity are looked through, and how many listed. */
const SCANNED = 100;
const LISTED = 20;

/**
 * The known errors of an entity: its problems with a root cause and a
 * workaround that are not closed or cancelled, most urgent first, as the
 * caller may read them.
 */
export class KnownErrorLookup {
  constructor(private readonly deps: { records: RecordService }) {}

  async knownErrorsFor(
    entityRef: string,
    ctx: RequestContext,
  ): Promise<KnownErrorList> {
    const { records } = await this.deps.records.list(
      'problem',
      { entityRef, states: STILL_KNOWN, sort: 'priority', limit: SCANNED },
      ctx,
    );
    return {
      items: records
        .filter(r => r.fields.knownError === true)
        .slice(0, LISTED)
        .map(r => ({
          ref: r.ref,
          title: r.title,
          state: r.state,
          priority: r.priority as Priority,
          workaround: String(r.fields.workaround ?? ''),
          entityRefs: r.entityRefs,
        })),
    };
  }
}
