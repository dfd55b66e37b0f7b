import { useState } from 'react';
import { EntityName } from '../EntityName';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { InfoCard } from '@backstage/core-components';
import {
  ApprovalGroup,
  approvalBarOf,
  approvedFields,
  approverSeats,
  Change,
  evaluateApprovals,
  approvalDecisionLabels,
  approvalGroupLabels,
  approvalStatusLabels,
  workflows,
} from '@backstage-itsm/plugin-itsm-common';
import { useDoneNotifications } from '../../hooks/useDoneNotifications';
import { useIdentity } from '../../hooks/useIdentity';
import { FormDialog } from '../FormDialog';
import { RelativeTime } from '../RelativeTime';

function ruleText(group: ApprovalGroup): string {
  if (group.rule.kind === 'quorum') {
    return `${group.rule.count} of ${group.approvers.length} must approve`;
  }
  return group.rule.kind === 'all'
    ? 'every one must approve'
    : 'one must approve';
}

/**
 * What the card needs of a record that is approved: a change, a release, a
 * problem's solution; with the rest of the record, which says who takes
 * part in the work (its plan's owners, the solution's proposer).
 */
export type ApprovableRecord = Pick<
  Change,
  'id' | 'ref' | 'title' | 'state' | 'approval' | 'returnedReason'
> & { reportedBy?: string; createdBy?: string; assignee?: string };

/**
 * The approval of a change (§5.2.4), a release (§7.1), a problem's
 * solution (§4.3.2), a continuity plan (§9.2) or an improvement item
 * (§10.2.2): what it covers, each approval group with its rule,
 * who has decided and how, and for an approver who has not decided yet,
 * buttons to approve or reject (a rejection needs a reason). Someone who
 * takes part in the work is told why they may not decide.
 */
export function ApprovalCard<T extends ApprovableRecord>(props: {
  recordType:
    | 'change'
    | 'release'
    | 'problem'
    | 'continuity-plan'
    | 'impact-analysis'
    | 'improvement';
  record: T;
  /**
   * Seats the caller holds besides their ownership refs (an improvement
   * manager's `itsm.improvement.manage`), with how each seat is named.
   */
  seats?: { held: string[]; labels: Record<string, string> };
  /** Sends the caller's decision; answers the record after it. */
  decide: (
    id: string,
    body: { decision: 'approve' | 'reject'; comment?: string },
  ) => Promise<T>;
  onChanged: (record: T) => void;
}) {
  const { record: change, recordType, decide, onChanged } = props;
  const markDone = useDoneNotifications();
  const identity = useIdentity();
  const [deciding, setDeciding] = useState<'approve' | 'reject'>();
  const approval = change.approval;
  if (!approval) return null;
  // The API spells a rule as { kind, count? }; the engine as a union.
  const groups: ApprovalGroup[] = approval.groups.map(g => ({
    ...g,
    rule:
      g.rule.kind === 'quorum'
        ? { kind: 'quorum', count: g.rule.count ?? 1 }
        : { kind: g.rule.kind },
  }));
  const outcome = evaluateApprovals(groups, approval.decisions);
  const awaiting =
    change.state ===
    (workflows[recordType]?.approval?.awaiting ?? 'awaiting_approval');
  const bar =
    awaiting && identity
      ? approvalBarOf(
          {
            type: recordType,
            ref: change.ref,
            reportedBy: change.reportedBy,
            createdBy: change.createdBy,
            assignee: change.assignee,
            fields: change as unknown as Record<string, unknown>,
          },
          identity.userRef,
        )
      : undefined;
  const covered = (approvedFields[recordType] ?? []).map(f => f.label);
  const mayDecide =
    awaiting &&
    identity !== undefined &&
    !bar &&
    groups.some(group =>
      approverSeats(group, identity.userRef, [
        ...identity.claims,
        ...(props.seats?.held ?? []),
      ]).some(
        seat =>
          !approval.decisions.some(
            d =>
              d.group === group.key &&
              (d.approver === seat || d.decidedBy === identity.userRef),
          ),
      ),
    );
  return (
    <InfoCard title={`Approval (round ${approval.round})`}>
      {approval.preApproved ? (
        <Alert severity="success">
          A standard change: approved in advance by its template (
          {approval.preApproved.template}).
        </Alert>
      ) : (
        <Typography variant="body2" color="textSecondary" paragraph>
          <ApprovalCoverage
            covered={covered}
            recordType={recordType}
            requestedAt={approval.requestedAt}
          />
        </Typography>
      )}
      {groups.map(group => {
        const status = outcome.groups.find(g => g.key === group.key);
        const decisions = approval.decisions.filter(d => d.group === group.key);
        return (
          <Box key={group.key} mb={2} data-testid={`approval-${group.key}`}>
            <Typography variant="subtitle2">
              {approvalGroupLabels[group.key] ?? group.label}{' '}
              <Chip
                size="small"
                label={`${
                  approvalStatusLabels[status?.status ?? 'pending']
                } · ${status?.approved ?? 0}/${status?.needed ?? 0}`}
              />
            </Typography>
            <Typography variant="caption" color="textSecondary">
              {ruleText(group)}:{' '}
              {group.approvers.map((a, i) => (
                <span key={a}>
                  {i > 0 && ', '}
                  {props.seats?.labels[a] ?? (
                    <EntityName entityRef={a} defaultKind="user" />
                  )}
                </span>
              ))}
            </Typography>
            {decisions.map(d => (
              <Typography key={`${d.decidedBy}:${d.decidedAt}`} variant="body2">
                <EntityName entityRef={d.decidedBy} defaultKind="user" />{' '}
                {approvalDecisionLabels[d.decision]}{' '}
                <RelativeTime value={d.decidedAt} />
                {d.comment ? `: ${d.comment}` : ''}
              </Typography>
            ))}
          </Box>
        );
      })}
      {approval.status === 'rejected' && change.returnedReason && (
        <Alert severity="warning">Rejected: {change.returnedReason}</Alert>
      )}
      {bar && <Alert severity="info">{bar}</Alert>}
      {mayDecide && (
        <Box display="flex" style={{ gap: 8 }}>
          <Button
            variant="contained"
            color="primary"
            onClick={() => setDeciding('approve')}
          >
            Approve
          </Button>
          <Button variant="outlined" onClick={() => setDeciding('reject')}>
            Reject
          </Button>
        </Box>
      )}
      {deciding && (
        <FormDialog
          title={`${deciding === 'approve' ? 'Approve' : 'Reject'} ${
            change.ref
          }`}
          description={change.title}
          submitLabel={deciding === 'approve' ? 'Approve' : 'Reject'}
          fields={[
            {
              name: 'comment',
              label:
                deciding === 'approve' ? 'Comment' : 'Why do you reject it?',
              kind: 'multiline',
              required: deciding === 'reject',
            },
          ]}
          onClose={() => setDeciding(undefined)}
          onSubmit={async values => {
            onChanged(
              await decide(change.id, {
                decision: deciding,
                ...(values.comment?.trim()
                  ? { comment: values.comment.trim() }
                  : {}),
              }),
            );
            setDeciding(undefined);
            void markDone(change.ref);
          }}
        />
      )}
    </InfoCard>
  );
}

/** What an approval covers, in a sentence under the card's title. */
function ApprovalCoverage(props: {
  covered: string[];
  recordType: string;
  requestedAt: string;
}) {
  const asked = <RelativeTime value={props.requestedAt} />;
  if (props.recordType === 'improvement') {
    return (
      <>
        Proposed {asked}: one approval from the owning group's lead or an
        improvement manager who did not propose it lets work start. It covers
        its {props.covered.join(', ')}; once approved, changing them needs a new
        approval (resubmit it).
      </>
    );
  }
  if (props.covered.length > 0) {
    return (
      <>
        Covers its {props.covered.join(', ')}, as they were when approval was
        asked {asked}. Changing them needs a new approval.
      </>
    );
  }
  if (props.recordType === 'continuity-plan') {
    return (
      <>
        Covers its content as it was submitted {asked}; once approved, it is
        kept as a read-only version.
      </>
    );
  }
  return (
    <>
      Asked {asked}; it cannot change while it waits, and a revision needs a new
      approval.
    </>
  );
}
