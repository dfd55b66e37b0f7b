import {
  actionLabel,
  approvalDecisionLabels,
  approvalGroupLabels,
  approvalStatusLabels,
  changeOutcomeLabels,
  entityRefName,
  fieldLabel,
  labelOf,
  linkKindLabels,
  problemCategoryLabels,
  problemSourceLabels,
  RootCause,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import {
  StoredRecord,
  StoredTimelineEvent,
} from '../../core/model/recordModel';
import { NameOf } from '../../core/model/notificationModel';
import { utcTime } from '../../core/domain/utcTime';

/** What the investigation report (§4.2) is made of. */
export type ProblemReportInput = {
  problem: StoredRecord;
  /** The incidents caused by the problem. */
  incidents: StoredRecord[];
  /** The change request implementing its fix, when the caller may read it. */
  change?: StoredRecord;
  /** The public timeline, oldest first. */
  timeline: StoredTimelineEvent[];
  /** When the report was made (ISO). */
  now: string;
  /** Names people, groups and entities (default: their refs' names). */
  nameOf?: NameOf;
};

/** The people, groups and entities a report names, to name them at once. */
export function refsNamedIn(input: ProblemReportInput): string[] {
  const { problem, timeline } = input;
  const plan = problem.fields.solutionPlan as SolutionPlan | undefined;
  const approval = problem.fields.approval as Approval | undefined;
  return [
    ...problem.entityRefs,
    problem.assignmentGroup,
    problem.assignee,
    problem.createdBy,
    plan?.proposedBy,
    ...(approval?.steps ?? []).flatMap(s => s.decidedBy ?? []),
    ...timeline.map(e => e.actor),
  ].filter((ref): ref is string => !!ref && ref.includes(':'));
}

type Investigation = {
  logExcerpts?: string;
  environment?: string;
  stepsToReproduce?: string;
  links?: { title: string; url: string }[];
};

type SolutionPlan = {
  description: string;
  estimatedHours?: number;
  expectedEffect: string;
  revision: number;
  proposedBy: string;
  proposedAt: string;
};

type Approval = {
  status?: string;
  steps?: { group: string; status: string; decidedBy?: string[] }[];
};

/** Text as one Markdown table cell: no pipes or line breaks. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** A block of text kept as it is (log excerpts), fenced. */
function fenced(text: string): string {
  const fence = text.includes('```') ? '~~~~' : '```';
  return `${fence}\n${text}\n${fence}`;
}

function section(title: string, body: string | undefined): string[] {
  return [
    `## ${title}`,
    '',
    body?.trim() ? body.trim() : '_Not recorded._',
    '',
  ];
}

function formatRootCause(rootCause: RootCause | undefined): string | undefined {
  if (!rootCause) return undefined;
  if (rootCause.method === 'free_text') return rootCause.text;
  return [
    'Five whys:',
    '',
    ...(rootCause.whys ?? []).map((why, i) => `${i + 1}. ${why}`),
    '',
    `**Root cause:** ${rootCause.cause ?? ''}`,
  ].join('\n');
}

function formatInvestigation(
  investigation: Investigation | undefined,
): string | undefined {
  if (!investigation) return undefined;
  const parts: string[] = [];
  if (investigation.environment?.trim()) {
    parts.push('### Environment', '', investigation.environment.trim(), '');
  }
  if (investigation.stepsToReproduce?.trim()) {
    parts.push(
      '### Steps to reproduce',
      '',
      investigation.stepsToReproduce.trim(),
      '',
    );
  }
  if (investigation.logExcerpts?.trim()) {
    parts.push(
      '### Log excerpts',
      '',
      fenced(investigation.logExcerpts.trim()),
      '',
    );
  }
  if (investigation.links?.length) {
    parts.push(
      '### Dashboards and logs',
      '',
      ...investigation.links.map(l => `- [${l.title}](${l.url})`),
      '',
    );
  }
  return parts.length ? parts.join('\n') : undefined;
}

function formatSolution(
  plan: SolutionPlan | undefined,
  approval: Approval | undefined,
  returnedReason: string | undefined,
  nameOf: NameOf,
): string | undefined {
  if (!plan) return undefined;
  const lines = [
    `Revision ${plan.revision}, proposed by ${nameOf(
      plan.proposedBy,
    )} on ${utcTime(plan.proposedAt)}.`,
    '',
    plan.description,
    '',
    `- **Expected effect:** ${plan.expectedEffect}`,
  ];
  if (plan.estimatedHours !== undefined) {
    lines.push(`- **Estimated effort:** ${plan.estimatedHours} hours`);
  }
  if (approval?.status) {
    lines.push(
      `- **Approval:** ${labelOf(approvalStatusLabels, approval.status)}`,
    );
    for (const step of approval.steps ?? []) {
      lines.push(
        `  - ${labelOf(approvalGroupLabels, step.group)}: ${labelOf(
          approvalStatusLabels,
          step.status,
        )}${
          step.decidedBy?.length
            ? ` (${step.decidedBy.map(nameOf).join(', ')})`
            : ''
        }`,
      );
    }
  }
  if (returnedReason) {
    lines.push(`- **Last returned because:** ${returnedReason}`);
  }
  return lines.join('\n');
}

function describeEvent(event: StoredTimelineEvent): string {
  const data = event.data;
  const state = (value: unknown) => stateLabel('problem', String(value ?? ''));
  switch (event.kind) {
    case 'created':
      return 'Logged';
    case 'transition':
      return `${actionLabel('problem', String(data.action))}: ${state(
        data.from,
      )} → ${state(data.to)}${data.reason ? ` (${String(data.reason)})` : ''}`;
    case 'approval':
      return `Solution ${labelOf(
        approvalDecisionLabels,
        String(data.decision),
      )}${data.comment ? `: ${String(data.comment)}` : ''}`;
    case 'comment':
      return `Comment: ${String(data.body)}`;
    case 'linked':
      return `Linked: ${labelOf(
        linkKindLabels,
        String(data.kind ?? ''),
      )} ${String(data.target ?? '')}`.trim();
    case 'updated': {
      const changes = (data.changes as { field: string }[] | undefined) ?? [];
      return `Updated ${changes
        .map(c => fieldLabel(c.field).toLocaleLowerCase('en-US'))
        .join(', ')}`;
    }
    default:
      return event.kind;
  }
}

/**
 * The investigation report of a problem (§4.2) as a Markdown document:
 * what it is and what it affects, the incidents, the investigation notes,
 * the root cause, the workaround, business impact and risk, the solution
 * plan with its approval, the change request and the timeline.
 */
export function formatProblemReport(input: ProblemReportInput): string {
  const { problem, incidents, change, timeline, now } = input;
  const nameOf = input.nameOf ?? entityRefName;
  const f = problem.fields;
  const category =
    problemCategoryLabels[
      problem.category as keyof typeof problemCategoryLabels
    ] ??
    problem.category ??
    '';
  const source =
    problemSourceLabels[f.source as keyof typeof problemSourceLabels] ?? '';
  const lines: string[] = [
    `# ${problem.ref}: ${problem.title}`,
    '',
    `_Investigation report, ${utcTime(now)}._`,
    '',
    '| | |',
    '|---|---|',
    `| State | ${stateLabel('problem', problem.state)}${
      f.knownError === true ? ' (known error)' : ''
    } |`,
    `| Priority | ${problem.priority} |`,
    `| Category | ${cell(category)} |`,
    ...(source ? [`| Found through | ${cell(source)} |`] : []),
    `| Entities | ${problem.entityRefs.map(nameOf).join(', ')} |`,
    `| Group | ${
      problem.assignmentGroup ? nameOf(problem.assignmentGroup) : ''
    } |`,
    `| Assignee | ${problem.assignee ? nameOf(problem.assignee) : ''} |`,
    `| Logged | ${utcTime(problem.createdAt)} by ${nameOf(
      problem.createdBy,
    )} |`,
    ...(problem.resolvedAt
      ? [`| Resolved | ${utcTime(problem.resolvedAt)} |`]
      : []),
    ...(problem.closedAt ? [`| Closed | ${utcTime(problem.closedAt)} |`] : []),
    '',
    ...section('Description', problem.description),
    `## Incidents (${incidents.length})`,
    '',
    ...(incidents.length
      ? [
          '| Incident | Title | State | Priority | Opened |',
          '|---|---|---|---|---|',
          ...incidents.map(
            i =>
              `| ${i.ref} | ${cell(i.title)} | ${stateLabel(
                'incident',
                i.state,
              )} | ${i.priority} | ${utcTime(i.createdAt)} |`,
          ),
        ]
      : ['_None linked._']),
    '',
    ...section(
      'Investigation',
      formatInvestigation(f.investigation as Investigation | undefined),
    ),
    ...section(
      'Root cause',
      formatRootCause(f.rootCause as RootCause | undefined),
    ),
    ...section('Workaround', f.workaround as string | undefined),
    ...section('Business impact', f.businessImpact as string | undefined),
    ...section('Risk', f.risk as string | undefined),
    ...section(
      'Solution',
      formatSolution(
        f.solutionPlan as SolutionPlan | undefined,
        f.approval as Approval | undefined,
        f.returnedReason as string | undefined,
        nameOf,
      ),
    ),
    ...section(
      'Change request',
      change
        ? `${change.ref}: ${change.title} (${stateLabel(
            'change',
            change.state,
          )}${
            change.fields.outcome
              ? `, ${labelOf(
                  changeOutcomeLabels,
                  String(change.fields.outcome),
                )}`
              : ''
          })`
        : (f.changeRequest as string | undefined),
    ),
    ...(f.resolution ? section('Resolution', f.resolution as string) : []),
    ...(f.verification
      ? section('Verification', f.verification as string)
      : []),
    '## Timeline',
    '',
    ...timeline.map(
      e =>
        `- ${utcTime(e.createdAt)} ${
          e.actor.includes(':') && !e.actor.startsWith('itsm:')
            ? nameOf(e.actor)
            : e.actor
        }: ${cell(describeEvent(e))}`,
    ),
    '',
  ];
  return lines.join('\n');
}
