import {
  problemCategoryLabels,
  problemSourceLabels,
  problemWorkflow,
  ProblemState,
  RootCause,
} from '@backstage-itsm/plugin-itsm-common';
import {
  StoredRecord,
  StoredTimelineEvent,
} from '../../core/model/recordModel';

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
};

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
): string | undefined {
  if (!plan) return undefined;
  const lines = [
    `Revision ${plan.revision}, proposed by ${plan.proposedBy} on ${plan.proposedAt}.`,
    '',
    plan.description,
    '',
    `- **Expected effect:** ${plan.expectedEffect}`,
  ];
  if (plan.estimatedHours !== undefined) {
    lines.push(`- **Estimated effort:** ${plan.estimatedHours} hours`);
  }
  if (approval?.status) {
    lines.push(`- **Approval:** ${approval.status}`);
    for (const step of approval.steps ?? []) {
      lines.push(
        `  - ${step.group}: ${step.status}${
          step.decidedBy?.length ? ` (${step.decidedBy.join(', ')})` : ''
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
  switch (event.kind) {
    case 'created':
      return 'Logged';
    case 'transition':
      return `${String(data.action)}: ${String(data.from)} → ${String(
        data.to,
      )}${data.reason ? ` (${String(data.reason)})` : ''}`;
    case 'approval':
      return `Approval ${String(data.decision)}${
        data.comment ? `: ${String(data.comment)}` : ''
      }`;
    case 'comment':
      return `Comment: ${String(data.body)}`;
    case 'linked':
      return `Linked ${String(data.kind ?? '')} ${String(
        data.target ?? '',
      )}`.trim();
    case 'updated': {
      const changes = (data.changes as { field: string }[] | undefined) ?? [];
      return `Updated ${changes.map(c => c.field).join(', ')}`;
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
  const f = problem.fields;
  const stateLabel =
    problemWorkflow.stateLabels[problem.state as ProblemState] ?? problem.state;
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
    `_Investigation report, ${now}._`,
    '',
    '| | |',
    '|---|---|',
    `| State | ${stateLabel}${f.knownError === true ? ' (known error)' : ''} |`,
    `| Priority | ${problem.priority} |`,
    `| Category | ${cell(category)} |`,
    ...(source ? [`| Found through | ${cell(source)} |`] : []),
    `| Entities | ${problem.entityRefs.join(', ')} |`,
    `| Group | ${problem.assignmentGroup ?? ''} |`,
    `| Assignee | ${problem.assignee ?? ''} |`,
    `| Logged | ${problem.createdAt} by ${problem.createdBy} |`,
    ...(problem.resolvedAt ? [`| Resolved | ${problem.resolvedAt} |`] : []),
    ...(problem.closedAt ? [`| Closed | ${problem.closedAt} |`] : []),
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
              `| ${i.ref} | ${cell(i.title)} | ${i.state} | ${i.priority} | ${
                i.createdAt
              } |`,
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
      ),
    ),
    ...section(
      'Change request',
      change
        ? `${change.ref}: ${change.title} (${change.state}${
            change.fields.outcome ? `, ${String(change.fields.outcome)}` : ''
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
      e => `- ${e.createdAt} ${e.actor}: ${cell(describeEvent(e))}`,
    ),
    '',
  ];
  return lines.join('\n');
}
