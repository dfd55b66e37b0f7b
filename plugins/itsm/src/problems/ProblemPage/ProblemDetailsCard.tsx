import {
  fieldValueLabel,
  Problem,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { ActorName } from '../../components/ActorName';
import {
  entityLinkOrDash,
  RecordFieldsCard,
} from '../../components/RecordPage';
import { PriorityChip } from '../../components/PriorityChip';
import { RelativeTime } from '../../components/RelativeTime';

function time(value: string | undefined) {
  return value ? <RelativeTime value={value} /> : undefined;
}

/** The fields of a problem (§4.1), by label. */
function fieldsOf(problem: Problem): Record<string, unknown> {
  return {
    state: stateLabel('problem', problem.state),
    priority: <PriorityChip priority={problem.priority} />,
    category: fieldValueLabel('problem', 'category', problem.category) ?? '—',
    source: fieldValueLabel('problem', 'source', problem.source) ?? '—',
    impact: fieldValueLabel('problem', 'impact', problem.impact) ?? '—',
    urgency: fieldValueLabel('problem', 'urgency', problem.urgency) ?? '—',
    'affected entities': problem.entityRefs.map(e => (
      <div key={e}>{entityLinkOrDash(e, 'component')}</div>
    )),
    'investigated by': entityLinkOrDash(problem.assignmentGroup, 'group'),
    assignee: entityLinkOrDash(problem.assignee, 'user'),
    'logged by': <ActorName actor={problem.reportedBy ?? problem.createdBy} />,
    logged: time(problem.createdAt),
    resolution: problem.resolution,
    resolved: time(problem.resolvedAt),
    verification: problem.verification,
    closed: time(problem.closedAt),
  };
}

/**
 * What a problem is and what it affects (§4.1): its state, priority,
 * category, where it was found, its entities, who investigates it, and
 * how it was resolved and verified.
 */
export function ProblemDetailsCard(props: { problem: Problem }) {
  return <RecordFieldsCard title="Problem" fields={fieldsOf(props.problem)} />;
}
