/**
 * How someone takes part in the work an approval is about.
 *
 * @public
 */
export type WorkPart =
  | 'requested'
  | 'proposed'
  | 'planned'
  | 'implements'
  | 'submitted'
  | 'edited'
  | 'raised'
  | 'resubmitted';

/**
 * What a part is called in a sentence: "You requested CHG-4".
 *
 * @public
 */
export const workPartLabels: Record<WorkPart, string> = {
  requested: 'requested',
  proposed: 'proposed its solution for',
  planned: 'planned',
  implements: 'will implement',
  submitted: 'submitted',
  edited: 'last edited the content of',
  raised: 'proposed',
  resubmitted: 'resubmitted',
};

/**
 * The record as segregation of duties reads it.
 *
 * @public
 */
export type RecordWithParties = {
  type: string;
  reportedBy?: string;
  createdBy?: string;
  assignee?: string;
  fields: Record<string, unknown>;
};

const isUser = (ref: unknown): ref is string =>
  typeof ref === 'string' && ref.toLocaleLowerCase('en-US').startsWith('user:');

/**
 * Who takes part in the work an approval decides on (segregation of
 * duties): the requester of a change, the planner of a release (who
 * requested it), the proposer of a problem's solution (not whoever logged
 * the problem: finding a problem is no part of solving it), and the users who
 * will implement a change (its assignee and the owners of its plan's
 * steps) or roll out a release (its assignee); for a continuity plan, who
 * submitted it and who last edited its content (§9.2); for an improvement
 * item, who proposed it (reported or created it, §10.2.2) and who last
 * resubmitted it for approval. None of them approves it,
 * and nobody audits the package of a release they planned. Groups named
 * as step owners do not bar their members: who of a team implements is
 * known only when they tick the step.
 *
 * @public
 */
export function partiesToTheWork(
  record: RecordWithParties,
): { ref: string; part: WorkPart }[] {
  const parties: { ref: string; part: WorkPart }[] = [];
  const add = (ref: unknown, part: WorkPart) => {
    if (!isUser(ref)) return;
    const normalised = ref.toLocaleLowerCase('en-US');
    if (!parties.some(p => p.ref === normalised)) {
      parties.push({ ref: normalised, part });
    }
  };
  if (record.type === 'change') add(record.reportedBy, 'requested');
  if (record.type === 'release') add(record.reportedBy, 'planned');
  if (record.type === 'problem') {
    const plan = record.fields.solutionPlan as
      | { proposedBy?: unknown }
      | undefined;
    add(plan?.proposedBy, 'proposed');
  }
  if (record.type === 'continuity-plan') {
    add(record.fields.submittedBy, 'submitted');
    add(record.fields.contentEditedBy, 'edited');
  }
  // A business impact analysis is approved by its entity's owner, never
  // by whoever submitted it (§9.1.3).
  if (record.type === 'impact-analysis')
    add(record.fields.submittedBy, 'submitted');
  if (record.type === 'improvement') {
    add(record.reportedBy, 'raised');
    add(record.createdBy, 'raised');
    add(record.fields.resubmittedBy, 'resubmitted');
  }
  if (record.type === 'change' || record.type === 'release') {
    add(record.assignee, 'implements');
  }
  if (record.type === 'change') {
    for (const step of (record.fields.plan ?? []) as { owner?: unknown }[]) {
      add(step.owner, 'implements');
    }
  }
  return parties;
}

/**
 * Why the user may not approve the record, in words; undefined when
 * nothing in segregation of duties stops them.
 *
 * @public
 */
export function approvalBarOf(
  record: RecordWithParties & { ref: string },
  userRef: string,
): string | undefined {
  const user = userRef.toLocaleLowerCase('en-US');
  const party = partiesToTheWork(record).find(p => p.ref === user);
  return party
    ? `You ${workPartLabels[party.part]} ${
        record.ref
      }, so you may not approve or reject it (segregation of duties)`
    : undefined;
}
