import Typography from '@material-ui/core/Typography';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import Alert from '@material-ui/lab/Alert';
import { InfoCard } from '@backstage/core-components';
import {
  Incident,
  fieldValueLabel,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { useIncidentTransitions } from '../../hooks/useIncidentTransitions';
import { IncidentTransitionButtons } from '../IncidentTransitionButtons';
import { PriorityChip } from '../../components/PriorityChip';
import { DateTime } from '../../components/DateTime';
import {
  PendingTransitionDialog,
  TransitionNoticeAlert,
} from '../../components/TransitionDialog';
import { CorrelationCard } from '../../changes';
import { EscalationActions } from './EscalationActions';
import { IncidentSlaCard } from '../../sla';
import { KnownErrorsCard } from '../../problems';
import { IncidentContinuityCard } from '../../continuity';
import { LogProblemButton } from '../../problems';
import { IncidentLinks } from './IncidentLinks';
import { awaitedOfReporter } from '../MyRequestsPage/awaitedOfReporter';
import {
  DescriptionCard,
  entityLinkOrDash,
  RecordFieldsCard,
  RecordPage,
  useRecordPage,
} from '../../components/RecordPage';
import { RaiseImprovementButton } from '../../improvement';

/**
 * Who reported it; for mail whose sender the receiving server did not
 * authenticate, the address it claims, marked as such.
 */
function reporterOf(incident: Incident) {
  if (!incident.unverifiedSender) {
    return entityLinkOrDash(incident.reportedBy, 'user');
  }
  return (
    <Tooltip title="The receiving mail server did not authenticate this address: it is not the reporter, and its mail never comments here.">
      <Chip
        size="small"
        color="secondary"
        variant="outlined"
        label={`Sender not verified: ${incident.unverifiedSender}`}
      />
    </Tooltip>
  );
}

/** The fields of an incident (§3.1), by label. */
function fieldsOf(incident: Incident): Record<string, unknown> {
  return {
    state: stateLabel('incident', incident.state),
    priority: <PriorityChip priority={incident.priority} />,
    category: fieldValueLabel('incident', 'category', incident.category) ?? '—',
    impact: fieldValueLabel('incident', 'impact', incident.impact) ?? '—',
    urgency: fieldValueLabel('incident', 'urgency', incident.urgency) ?? '—',
    'priority reason': incident.priorityReason,
    channel: fieldValueLabel('incident', 'channel', incident.channel) ?? '—',
    'reported by': reporterOf(incident),
    'affected entities': incident.entityRefs.length
      ? incident.entityRefs.map(e => (
          <div key={e}>{entityLinkOrDash(e, 'component')}</div>
        ))
      : '—',
    'assignment group': entityLinkOrDash(incident.assignmentGroup, 'group'),
    assignee: entityLinkOrDash(incident.assignee, 'user'),
    'support tier': incident.supportTier ?? '—',
    'occurred at': incident.occurredAt && (
      <DateTime value={incident.occurredAt} />
    ),
    'scope of impact': incident.scopeOfImpact,
    'on hold because': fieldValueLabel(
      'incident',
      'holdReason',
      incident.holdReason,
    ),
    resolution: incident.resolution,
    cause: incident.cause,
    verification: incident.verification,
    satisfaction: fieldValueLabel(
      'incident',
      'satisfactionRating',
      incident.satisfactionRating,
    ),
    feedback: incident.feedback,
    plan: incident.plan,
    'post-incident review': incident.review
      ? {
          summary: incident.review.summary,
          impact: incident.review.impact,
          timeline: incident.review.timeline,
          'root cause': incident.review.rootCause,
          'follow-up actions': incident.review.followUpActions,
        }
      : undefined,
  };
}

/** What only those who work an incident read among its fields. */
const agentFields = [
  'impact',
  'urgency',
  'priority reason',
  'channel',
  'support tier',
  'verification',
  'plan',
  'post-incident review',
];

/** The fields as someone who does not work the incident reads them. */
function reporterFieldsOf(incident: Incident): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fieldsOf(incident)).filter(
      ([label]) => !agentFields.includes(label),
    ),
  );
}

/** Whether the caller works the incident (an older server says nothing: yes). */
const worksOn = (incident: Incident) => incident.allowed?.update !== false;

/**
 * One incident: its fields, the moves the caller may make now (by the
 * workflow table and their part in it), its timeline, and replies or work
 * notes. Whoever does not work it (its reporter, say) sees no agent
 * controls: the state in words, the fields that concern them, the public
 * timeline, the reply box and, once resolved, their confirmation.
 */
export function IncidentPage() {
  const page = useRecordPage('incident');
  const { changed, reload } = page;
  const transitions = useIncidentTransitions({
    onChanged: changed,
    onReloadNeeded: reload,
  });

  return (
    <RecordPage
      page={page}
      actions={incident => (
        <>
          <IncidentTransitionButtons
            incident={incident}
            disabled={transitions.busyIncidentId === incident.id}
            onTransition={t => transitions.start(incident, t)}
          />
          <LogProblemButton incident={incident} />
        </>
      )}
      notices={incident => (
        <>
          <TransitionNoticeAlert transitions={transitions} />
          <EscalationActions incident={incident} onChanged={changed} />
          {incident.state === 'resolved' && incident.allowed?.respond && (
            <Alert severity="info">
              This incident was resolved. Please confirm the resolution (and
              rate it), or reopen it if the problem is still there.
            </Alert>
          )}
          {awaitedOfReporter(incident)?.kind === 'answer' && (
            <Alert severity="info">
              The service desk is waiting for your answer: please reply below.
            </Alert>
          )}
        </>
      )}
      columns={incident => [
        {
          md: 5,
          cards: (
            <RecordFieldsCard
              title="Details"
              fields={
                worksOn(incident)
                  ? fieldsOf(incident)
                  : reporterFieldsOf(incident)
              }
            />
          ),
        },
        {
          md: 7,
          cards: (
            <>
              {incident.major && (
                <Box mb={3}>
                  <IncidentContinuityCard
                    incidentRef={incident.ref}
                    works={worksOn(incident)}
                    onChanged={reload}
                  />
                </Box>
              )}
              {incident.review && worksOn(incident) && (
                <Box mb={3}>
                  <InfoCard
                    title="Post-incident review"
                    action={
                      <RaiseImprovementButton
                        source="post-incident-review"
                        sourceRef={incident.ref}
                        title={`Follow-up of ${incident.ref}: ${incident.title}`}
                        description={[
                          incident.review.followUpActions &&
                            `Follow-up actions: ${incident.review.followUpActions}`,
                          incident.review.rootCause &&
                            `Root cause: ${incident.review.rootCause}`,
                        ]
                          .filter(Boolean)
                          .join('\n\n')}
                        entityRefs={incident.entityRefs}
                        owner={incident.assignmentGroup}
                      />
                    }
                  >
                    <Typography variant="body2">
                      {incident.review.followUpActions ||
                        incident.review.summary}
                    </Typography>
                  </InfoCard>
                </Box>
              )}
              <KnownErrorsCard entityRefs={incident.entityRefs} />
              {worksOn(incident) && <IncidentSlaCard incident={incident} />}
              <DescriptionCard description={incident.description} />
              {worksOn(incident) && (
                <Box mb={3}>
                  <CorrelationCard incident={incident} />
                </Box>
              )}
              <Box mb={3}>
                <InfoCard title="Links">
                  <IncidentLinks incident={incident} onLinked={reload} />
                </InfoCard>
              </Box>
            </>
          ),
        },
      ]}
      timeline="last-column"
    >
      <PendingTransitionDialog transitions={transitions} />
    </RecordPage>
  );
}
