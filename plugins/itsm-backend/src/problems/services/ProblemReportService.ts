import { NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  StoredRecord,
  StoredTimelineEvent,
} from '../../core/database/RecordStore';
import {
  formatProblemReport,
  ProblemReportInput,
  refsNamedIn,
} from '../domain/formatProblemReport';
import { EntityNames } from '../../core/catalog/CatalogEntityNames';
import { entityRefName } from '@backstage-itsm/plugin-itsm-common';
import { problemChangeRequestOf } from '../domain/planProblemChangeRequest';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';

/** Timeline events read into one report, at most. */
const MAX_EVENTS = 2000;
const PAGE = 200;

/**
 * The investigation report of a problem (§4.2) as Markdown, made from what
 * the caller may read: the problem, the incidents it caused, the change
 * implementing its fix, and its public timeline; people and entities by
 * their catalog names.
 */
export class ProblemReportService {
  constructor(
    private readonly deps: {
      records: RecordService;
      names?: EntityNames;
      now?: () => Date;
    },
  ) {}

  async report(
    idOrRef: string,
    ctx: RequestContext,
  ): Promise<{ filename: string; markdown: string }> {
    const { records } = this.deps;
    const problem = await records.get('problem', idOrRef, ctx);
    const links = await records.links('problem', problem.id, ctx);
    const incidents = links
      .filter(
        l =>
          l.link.kind === 'caused-by' &&
          l.target.id === problem.id &&
          l.source.type === 'incident',
      )
      .map(l => l.source)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const changeRef = problemChangeRequestOf(problem);
    const change = changeRef
      ? await this.readable(records.get('change', changeRef, ctx))
      : undefined;
    const input: ProblemReportInput = {
      problem,
      incidents,
      change,
      timeline: await this.publicTimeline(problem, ctx),
      now: (this.deps.now?.() ?? new Date()).toISOString(),
    };
    const names = await this.deps.names?.namesOf(refsNamedIn(input));
    const markdown = formatProblemReport({
      ...input,
      nameOf: ref => names?.get(ref) ?? entityRefName(ref),
    });
    return { filename: `${problem.ref}.md`, markdown };
  }

  /** The record, or nothing when the caller may not read it. */
  private async readable(
    read: Promise<StoredRecord>,
  ): Promise<StoredRecord | undefined> {
    try {
      return await read;
    } catch (error) {
      if (error instanceof NotFoundError || error instanceof NotAllowedError) {
        return undefined;
      }
      throw error;
    }
  }

  /** The timeline everyone may read (no work notes), oldest first. */
  private async publicTimeline(problem: StoredRecord, ctx: RequestContext) {
    const events: StoredTimelineEvent[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.deps.records.timeline(
        'problem',
        problem.id,
        { limit: PAGE, cursor },
        ctx,
      );
      events.push(...page.events.filter(e => e.visibility !== 'work_note'));
      cursor = page.nextCursor;
    } while (cursor && events.length < MAX_EVENTS);
    return events.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }
}
