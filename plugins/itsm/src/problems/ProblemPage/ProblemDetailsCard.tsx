import { InfoCard, StructuredMetadataTable } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Problem,
  ProblemCategory,
  problemCategoryLabels,
  ProblemSource,
  problemSourceLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { ActorName } from '../../components/ActorName';
import { PriorityChip } from '../../components/PriorityChip';
import { RelativeTime } from '../../components/RelativeTime';
import { problemStateLabel } from './problemStateLabel';

function link(entityRef: string | undefined, kind: string) {
  return entityRef ? (
    <EntityRefLink entityRef={entityRef} defaultKind={kind} />
  ) : (
    '—'
  );
}

function time(value: string | undefined) {
  return value ? <RelativeTime value={value} /> : undefined;
}

/** The fields of a problem (§4.1), as a metadata table. */
function fieldsOf(problem: Problem): Record<string, unknown> {
  const rows: Record<string, unknown> = {
    state: problemStateLabel(problem.state),
    priority: <PriorityChip priority={problem.priority} />,
    category:
      problemCategoryLabels[problem.category as ProblemCategory] ??
      problem.category,
    source: problem.source
      ? problemSourceLabels[problem.source as ProblemSource] ?? problem.source
      : '—',
    impact: problem.impact ?? '—',
    urgency: problem.urgency ?? '—',
    'affected entities': problem.entityRefs.map(e => (
      <div key={e}>{link(e, 'component')}</div>
    )),
    'investigated by': link(problem.assignmentGroup, 'group'),
    assignee: link(problem.assignee, 'user'),
    'logged by': <ActorName actor={problem.reportedBy ?? problem.createdBy} />,
    logged: time(problem.createdAt),
    resolution: problem.resolution,
    resolved: time(problem.resolvedAt),
    verification: problem.verification,
    closed: time(problem.closedAt),
  };
  return Object.fromEntries(
    Object.entries(rows).filter(([, v]) => v !== undefined && v !== ''),
  );
}

/**
 * What a problem is and what it affects (§4.1): its state, priority,
 * category, where it was found, its entities, who investigates it, and
 * how it was resolved and verified.
 */
export function ProblemDetailsCard(props: { problem: Problem }) {
  return (
    <InfoCard title="Problem">
      <StructuredMetadataTable metadata={fieldsOf(props.problem)} />
    </InfoCard>
  );
}
