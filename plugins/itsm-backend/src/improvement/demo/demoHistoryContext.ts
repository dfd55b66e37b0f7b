import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ConflictError, NotAllowedError } from '@backstage/errors';
import { StoredRecord } from '../../core/database/RecordStore';
import { RecordService } from '../../core/services/RecordService';
import { demoMembers } from './demoHistoryCatalog';
import { DemoHistoryServices } from './demoHistoryServices';
import { DemoRandom } from './demoRandom';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * Hooks other parts of the demo add to the history. `afterIncidentClosed`
 * is where the satisfaction survey's answers (issue 21, item 6) are to be
 * written for a closed incident, at the demo's clock (`at`), through the
 * survey use case, once it exists: the history itself only sets the
 * incident's satisfaction rating on the reporter's confirmation.
 */
export type DemoHistoryHooks = {
  afterIncidentClosed?(options: {
    incident: StoredRecord;
    /** The reporter, who answers a survey. */
    reporter: string;
    at: Date;
    random: DemoRandom;
  }): Promise<void>;
};

/** A change that failed and broke its service: incidents follow it. */
export type FailedChange = {
  ref: string;
  entityRef: string;
  /** When its implementation ended. */
  at: number;
};

/** What the parts of the history share while it is written. */
export type DemoHistoryContext = {
  services: DemoHistoryServices;
  random: DemoRandom;
  hooks: DemoHistoryHooks;
  /** The first instant of the history (the first day of its first month). */
  start: number;
  /** Nothing happens after this instant (a little before now). */
  end: number;
  /** Months the history spans (the current one not counted). */
  months: number;
  /** Sets the demo's clock: every write from now on is stamped `at`. */
  setClock(at: number): void;
  /** The calendar month of `at` counted from the first (0 to months). */
  monthOf(at: number): number;
  /** The unique key the first record claims, once (two replicas seed once). */
  claim(): { uniqueKeys?: { key: string; conflictMessage: string }[] };
  failedChanges: FailedChange[];
  counts: Record<string, number>;
};

/** The claim's conflict message: a lost claim ends the run. */
export const CLAIM_LOST = 'The demo history is written already';

/** Whether the error is the first record's lost claim. */
export function isClaimLost(error: unknown): boolean {
  return error instanceof Error && error.message.includes(CLAIM_LOST);
}

/** Counts a record the history could not write (or rethrows a lost claim). */
export function skipped(context: DemoHistoryContext, error: unknown): void {
  if (isClaimLost(error) || process.env.ITSM_DEMO_HISTORY_DEBUG) throw error;
  context.counts.skipped = (context.counts.skipped ?? 0) + 1;
}

export function ctxOf(
  context: DemoHistoryContext,
  userRef: string,
): { credentials: BackstageCredentials } {
  return { credentials: context.services.as(userRef) };
}

/** A member of the group other than those named. */
export function memberOf(
  random: DemoRandom,
  group: string,
  except: (string | undefined)[] = [],
): string | undefined {
  const candidates = (demoMembers[group] ?? []).filter(
    m => !except.includes(m),
  );
  return candidates.length ? random.pick(candidates) : undefined;
}

/**
 * Decides the record's pending approval as its approvers would, one at a
 * time until it is decided: the members of each group asked (users named
 * themselves), never the requester or whoever works it, nor anyone who
 * decided already (a person's decision counts for each of their groups).
 * Returns the record as the last decision left it.
 */
export async function approveAll(
  context: DemoHistoryContext,
  type: 'change' | 'problem' | 'release',
  record: StoredRecord,
  at: number,
): Promise<StoredRecord> {
  type Approval = {
    status?: string;
    groups?: { approvers: string[] }[];
    decisions?: { decidedBy?: string }[];
  };
  const excluded = new Set([record.reportedBy, record.assignee]);
  const people = [
    ...new Set(
      ((record.fields.approval as Approval | undefined)?.groups ?? []).flatMap(
        group =>
          group.approvers.flatMap(ref =>
            ref.startsWith('user:') ? [ref] : demoMembers[ref] ?? [],
          ),
      ),
    ),
  ].filter(person => !excluded.has(person));
  let current = record;
  let minutes = 0;
  for (const person of context.random.shuffle(people)) {
    const approval = current.fields.approval as Approval | undefined;
    if (current.state !== record.state || approval?.status !== 'pending') {
      break;
    }
    if (approval.decisions?.some(d => d.decidedBy === person)) continue;
    minutes += context.random.int(20, 240);
    context.setClock(at + minutes * MINUTE);
    try {
      current = await context.services.approvals[type].decide(
        current.id,
        { decision: 'approve' },
        ctxOf(context, person),
      );
    } catch (error) {
      // Not theirs to decide (any more): the next one.
      if (!(error instanceof ConflictError || error instanceof NotAllowedError))
        throw error;
    }
  }
  if (process.env.ITSM_DEMO_HISTORY_DEBUG && current.state === record.state) {
    throw new Error(
      `${record.ref} not approved: ${JSON.stringify(current.fields.approval)}`,
    );
  }
  return current;
}

/** A workflow move as `who`, at `at`. */
export async function move(
  context: DemoHistoryContext,
  records: RecordService,
  record: StoredRecord,
  action: string,
  who: string,
  at: number,
  fields: Record<string, unknown> = {},
): Promise<StoredRecord> {
  context.setClock(at);
  return records.transition(
    record.type,
    record.id,
    { action, version: record.version, ...fields } as Parameters<
      RecordService['transition']
    >[2],
    ctxOf(context, who),
  );
}
