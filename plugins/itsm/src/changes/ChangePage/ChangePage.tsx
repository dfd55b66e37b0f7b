import Box from '@material-ui/core/Box';
import Alert from '@material-ui/lab/Alert';
import {
  businessSatisfactionLabels,
  Change,
  ChangeModel,
  changeModelLabels,
  changeOutcomeLabels,
  ChangeType,
  changeTypeLabels,
  labelOf,
  riskLevelLabels,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { useApi } from '@backstage/core-plugin-api';
import { itsmApiRef } from '../../api/ItsmApi';
import { formatWindow } from '../../lib/formatWindow';
import { RiskChip } from '../ChangesTable';
import { DateTime } from '../../components/DateTime';
import { CorrelationCard } from '../CorrelationCard';
import { PriorityChip } from '../../components/PriorityChip';
import { ChangeActions } from './ChangeActions';
import { RaiseImprovementButton } from '../../improvement';
import { ApprovalCard } from '../../components/ApprovalCard';
import { ChangeConflictsAlert } from './ChangeConflictsAlert';
import { ChangeImpactCard } from './ChangeImpactCard';
import { ChangePlanCard } from './ChangePlanCard';
import { ChangeReleasesCard } from './ChangeReleasesCard';
import {
  DescriptionCard,
  entityLinkOrDash,
  RecordFieldsCard,
  RecordPage,
  useRecordPage,
} from '../../components/RecordPage';

function riskText(change: Change) {
  const { risk } = change;
  if (!risk) return '—';
  return (
    <>
      <RiskChip level={risk.level} />{' '}
      {risk.preApproved
        ? 'pre-approved standard change'
        : `questionnaire: ${labelOf(riskLevelLabels, risk.computed)} (score ${
            risk.score ?? 0
          })`}
      {risk.stated
        ? `; the requester says ${labelOf(riskLevelLabels, risk.stated)}`
        : ''}
      {risk.statedReason ? `: ${risk.statedReason}` : ''}
    </>
  );
}

/** The fields of a change (§5.2.1), by label. */
function fieldsOf(change: Change): Record<string, unknown> {
  return {
    state: stateLabel('change', change.state),
    model: changeModelLabels[change.model as ChangeModel],
    type: changeTypeLabels[change.changeType as ChangeType],
    'standard change': change.template,
    risk: riskText(change),
    priority: <PriorityChip priority={change.priority} />,
    window: formatWindow(change.window),
    'requested by': entityLinkOrDash(change.reportedBy, 'user'),
    'affected entities': change.entityRefs.map(e => (
      <div key={e}>{entityLinkOrDash(e, 'component')}</div>
    )),
    'worked by': entityLinkOrDash(change.assignmentGroup, 'group'),
    reason: change.reason,
    'acceptance due':
      change.state === 'submitted' && change.acceptanceDueAt ? (
        <DateTime value={change.acceptanceDueAt} />
      ) : undefined,
    'returned because':
      change.state === 'draft' ? change.returnedReason : undefined,
    assessment: change.assessment,
    outcome: change.outcome
      ? changeOutcomeLabels[change.outcome as keyof typeof changeOutcomeLabels]
      : undefined,
    'business satisfaction': change.satisfaction
      ? businessSatisfactionLabels[
          change.satisfaction as keyof typeof businessSatisfactionLabels
        ]
      : undefined,
    lessons: change.lessons,
  };
}

/**
 * One change: its request, the moves the caller may make now (by the
 * change workflow table and their part in it), its approval, impact and
 * plans, and its timeline with comments and monitoring notes.
 */
export function ChangePage() {
  const itsmApi = useApi(itsmApiRef);
  const page = useRecordPage('change');
  const { changed, reload } = page;

  return (
    <RecordPage
      page={page}
      actions={change => (
        <ChangeActions
          change={change}
          onChanged={changed}
          onReloadNeeded={reload}
        />
      )}
      notices={change => (
        <>
          <ChangeConflictsAlert change={change} />
          {change.lessons && change.allowed?.update && (
            <Box mb={2}>
              <Alert
                severity="info"
                action={
                  <RaiseImprovementButton
                    source="change-review"
                    sourceRef={change.ref}
                    title={`Lessons of ${change.ref}: ${change.title}`}
                    description={change.lessons}
                    entityRefs={change.entityRefs}
                    owner={change.assignmentGroup}
                  />
                }
              >
                The change review's lessons can become an improvement item.
              </Alert>
            </Box>
          )}
          {change.state === 'draft' && change.allowed?.respond && (
            <Alert severity="info">
              This change is a draft. Submit it when the request is complete.
              {change.returnedReason
                ? ` It was returned: ${change.returnedReason}`
                : ''}
            </Alert>
          )}
        </>
      )}
      columns={change => [
        {
          md: 5,
          cards: (
            <>
              <Box mb={3}>
                <RecordFieldsCard title="Request" fields={fieldsOf(change)} />
              </Box>
              <Box mb={3}>
                <ApprovalCard
                  recordType="change"
                  record={change}
                  decide={(id, body) => itsmApi.decideChange(id, body)}
                  onChanged={changed}
                />
              </Box>
              <Box mb={3}>
                <ChangeImpactCard change={change} />
              </Box>
              <ChangeReleasesCard change={change} />
              {change.window && <CorrelationCard change={change} />}
            </>
          ),
        },
        {
          md: 7,
          cards: (
            <>
              <DescriptionCard description={change.description} />
              <Box mb={3}>
                <ChangePlanCard
                  change={change}
                  onChanged={changed}
                  onReloadNeeded={reload}
                />
              </Box>
            </>
          ),
        },
      ]}
      timeline="last-column"
    />
  );
}
