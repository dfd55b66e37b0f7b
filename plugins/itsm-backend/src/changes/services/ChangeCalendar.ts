import {
  changeWorkflow,
  releaseWorkflow,
} from '@backstage-itsm/plugin-itsm-common';
import { InputError } from '@backstage/errors';
import { CatalogWindowReader } from '../catalog/CatalogWindowReader';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';
import { RecordWindow, StoredRecord } from '../../core/database/RecordStore';
import { buildCalendar, CalendarEvent } from '../domain/buildCalendar';
import { WindowDefinition } from '../domain/expandWindow';
import { formatICalendar } from '../domain/formatICalendar';
import { toICalendarEvent } from '../domain/toICalendarEvent';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';

/** The longest range one calendar request may span. */
export const MAX_CALENDAR_DAYS = 400;

/** The most changes (and releases) one calendar shows; `truncated` says when more lay in it. */
export const MAX_CALENDAR_CHANGES = 500;

/** A feed covers the last 30 days and the next year. */
const FEED_PAST_DAYS = 30;
const FEED_FUTURE_DAYS = 365;

const DAY_MS = 86_400_000;

/**
 * The states a record shows in: drafts are their requester's own, and
 * called-off changes and releases will not happen.
 */
const CALENDAR_STATES = {
  change: changeWorkflow.states.filter(
    state => !['draft', 'rejected', 'cancelled'].includes(state),
  ),
  release: releaseWorkflow.states.filter(state => state !== 'cancelled'),
};

/** The calendar of a range, as the API answers it. */
export type ChangeCalendarView = {
  from: string;
  to: string;
  entityRef?: string;
  events: CalendarEvent[];
  /** More changes lay in the range than one calendar shows. */
  truncated: boolean;
  /** Windows that entities declare wrongly, in words. */
  problems: string[];
};

function readInstant(value: string | undefined, field: string): number {
  const instant = value === undefined ? NaN : Date.parse(value);
  if (Number.isNaN(instant)) {
    throw new InputError(
      `${field} must be a date and time, e.g. 2026-12-01T00:00:00Z`,
    );
  }
  return instant;
}

/**
 * The change calendar (chapter 5): the changes and releases planned in a
 * range, and the
 * freeze and maintenance windows that configuration and entities declare;
 * for the whole portal or one entity (with its system). Also as an
 * iCalendar document for calendar apps.
 */
export class ChangeCalendar {
  constructor(
    private readonly deps: {
      records: RecordService;
      /** The windows configuration defines. */
      windows: WindowDefinition[];
      windowReader: CatalogWindowReader;
      /** The portal's address, for links from calendar apps. */
      portalUrl: string;
      now?: () => Date;
    },
  ) {}

  async read(
    query: { from?: string; to?: string; entityRef?: string },
    ctx: RequestContext,
  ): Promise<ChangeCalendarView> {
    const from = readInstant(query.from, 'from');
    const to = readInstant(query.to, 'to');
    if (to <= from) {
      throw new InputError('to must be after from');
    }
    if (to - from > MAX_CALENDAR_DAYS * DAY_MS) {
      throw new InputError(
        `to must be at most ${MAX_CALENDAR_DAYS} days after from`,
      );
    }
    const range = {
      start: new Date(from).toISOString(),
      end: new Date(to).toISOString(),
    };
    const scope =
      query.entityRef === undefined
        ? undefined
        : await this.entityScope(query.entityRef, ctx);
    const [changes, releases, declared] = await Promise.all([
      this.planned('change', range, scope?.refs, ctx),
      this.planned('release', range, scope?.refs, ctx),
      scope ?? this.deps.windowReader.declaredWindows(ctx.credentials),
    ]);
    const configured = this.deps.windows.filter(
      w =>
        !scope ||
        !w.entityRefs?.length ||
        w.entityRefs.some(ref => scope.refs.includes(ref)),
    );
    return {
      from: range.start,
      to: range.end,
      ...(scope ? { entityRef: scope.refs[0] } : {}),
      events: buildCalendar({
        range,
        records: [...changes.records, ...releases.records],
        windows: [...configured, ...declared.windows],
      }),
      truncated: changes.truncated || releases.truncated,
      problems: declared.problems,
    };
  }

  /** The calendar from 30 days ago to a year ahead, as an .ics document. */
  async readICalendar(
    query: { entityRef?: string },
    ctx: RequestContext,
  ): Promise<string> {
    const now = (this.deps.now?.() ?? new Date()).getTime();
    const view = await this.read(
      {
        entityRef: query.entityRef,
        from: new Date(now - FEED_PAST_DAYS * DAY_MS).toISOString(),
        to: new Date(now + FEED_FUTURE_DAYS * DAY_MS).toISOString(),
      },
      ctx,
    );
    return formatICalendar({
      name: view.entityRef ? `Changes: ${view.entityRef}` : 'Change calendar',
      now: new Date(now).toISOString(),
      events: view.events.map(event =>
        toICalendarEvent(event, {
          portalUrl: this.deps.portalUrl,
          stateLabels: {
            change: changeWorkflow.stateLabels,
            release: releaseWorkflow.stateLabels,
          },
        }),
      ),
    });
  }

  /** The entity, the refs its changes and windows may name it by, and its windows. */
  private async entityScope(entityRef: string, ctx: RequestContext) {
    const ref = normalizeEntityRef(entityRef, 'entityRef');
    const declared = await this.deps.windowReader.windowsFor(
      [ref],
      ctx.credentials,
    );
    if (declared.missing.length > 0) {
      throw new InputError(`entityRef '${entityRef}' is not in the catalog`);
    }
    return {
      refs: declared.scopes[ref],
      windows: declared.windows,
      problems: declared.problems,
    };
  }

  /** The changes or releases whose window overlaps the range. */
  private async planned(
    type: 'change' | 'release',
    range: RecordWindow,
    entityRefs: string[] | undefined,
    ctx: RequestContext,
  ): Promise<{ records: StoredRecord[]; truncated: boolean }> {
    const found: StoredRecord[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.deps.records.list(
        type,
        {
          states: CALENDAR_STATES[type],
          windowOverlaps: range,
          ...(entityRefs ? { anyOfEntityRefs: entityRefs } : {}),
          limit: 100,
          cursor,
        },
        ctx,
      );
      found.push(...page.records);
      cursor = page.nextCursor;
    } while (cursor && found.length < MAX_CALENDAR_CHANGES);
    return {
      records: found.slice(0, MAX_CALENDAR_CHANGES),
      truncated: found.length > MAX_CALENDAR_CHANGES || cursor !== undefined,
    };
  }
}
