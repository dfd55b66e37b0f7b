import { BackstageCredentials } from '@backstage/backend-plugin-api';
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
 * Decides every pending approval group of the record as its approvers
 * would: for each group, as many members as its rule needs (all, a
 * quorum, any one), never the requester or whoever works it. Returns the
 * record as the last decision left it.
 */
export async function approveAll(
  context: DemoHistoryContext,
  type: 'change' | 'problem' | 'release',
  record: StoredRecord,
  at: number,
): Promise<StoredRecord> {
  const approval = record.fields.approval as
    | {
        groups?: {
          key: string;
          rule: { kind: string; count?: number };
          approvers: string[];
        }[];
      }
    | undefined;
  const excluded = [record.reportedBy, record.assignee];
  let current = record;
  let minutes = 0;
  for (const group of approval?.groups ?? []) {
    const people = new Set<string>();
    for (const approver of group.approvers) {
      if (approver.startsWith('user:')) {
        if (!excluded.includes(approver)) people.add(approver);
        if (group.rule.kind === 'all') continue;
      } else {
        const members = (demoMembers[approver] ?? []).filter(
          m => !excluded.includes(m),
        );
        if (group.rule.kind === 'all') {
          if (members[0]) people.add(members[0]);
        } else {
          members.forEach(m => people.add(m));
        }
      }
    }
    const needed =
      group.rule.kind === 'all'
        ? people.size
        : group.rule.kind === 'quorum'
        ? group.rule.count ?? 1
        : 1;
    for (const person of [...people].slice(0, needed)) {
      minutes += context.random.int(20, 240);
      context.setClock(at + minutes * MINUTE);
      current = await context.services.approvals[type].decide(
        current.id,
        { decision: 'approve' },
        ctxOf(context, person),
      );
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
