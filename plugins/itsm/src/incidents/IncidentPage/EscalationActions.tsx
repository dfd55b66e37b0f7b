import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import {
  Incident,
  incidentWorkflow,
  Priority,
  priorities,
  priorityLabels,
  supportTiers,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { FormDialog, FormDialogProps } from '../../components/FormDialog';
import { EntityName } from '../../components/EntityName';

type DialogName =
  | 'escalate'
  | 'raise'
  | 'lower'
  | 'decide'
  | 'major'
  | 'review';

/**
 * Escalation on an incident's page (§3.3): hand it on (functional), ask the
 * group's lead for a higher priority (hierarchical) and, for the lead, the
 * decision; lower a priority graded too high (a reporter's answers, say);
 * declare a P1 major, and its post-incident review once resolved.
 * Only what the caller may do now is offered.
 */
export function EscalationActions(props: {
  incident: Incident;
  onChanged: (incident: Incident) => void;
}) {
  const { incident, onChanged } = props;
  const itsmApi = useApi(itsmApiRef);
  const identityApi = useApi(identityApiRef);
  const { value: me } = useAsync(
    async () => (await identityApi.getBackstageIdentity()).userEntityRef,
    [identityApi],
  );
  const [dialog, setDialog] = useState<DialogName>();

  const worker = incident.allowed?.update ?? false;
  const open = (incidentWorkflow.openStates as readonly string[]).includes(
    incident.state,
  );
  const pending = incident.priorityRequest;
  const higher = priorities.filter(
    p => priorities.indexOf(p) < priorities.indexOf(incident.priority),
  );
  const lower = priorities.filter(
    p => priorities.indexOf(p) > priorities.indexOf(incident.priority),
  );
  const done = (updated: Incident) => {
    setDialog(undefined);
    onChanged(updated);
  };
  const version = incident.version;
  const id = incident.ref;

  const dialogs: Record<DialogName, Omit<FormDialogProps, 'onClose'>> = {
    escalate: {
      title: `Escalate ${id}`,
      description:
        'Hand the incident to another group, or to a higher tier of its group.',
      submitLabel: 'Escalate',
      fields: [
        {
          name: 'assignmentGroup',
          label: 'Group',
          kind: 'entity',
          entityKinds: ['Group'],
          required: true,
        },
        {
          name: 'supportTier',
          label: 'Tier',
          kind: 'select',
          choices: Object.fromEntries(supportTiers.map(t => [t, t])),
          helperText: "The group's own tier when not chosen",
        },
        {
          name: 'assignee',
          label: 'Assignee',
          kind: 'person',
          groupField: 'assignmentGroup',
        },
        { name: 'reason', label: 'Reason', kind: 'multiline', required: true },
      ],
      initialValues: { assignmentGroup: incident.assignmentGroup ?? '' },
      onSubmit: async v =>
        done(
          await itsmApi.escalateIncident(id, {
            version,
            assignmentGroup: v.assignmentGroup,
            supportTier: v.supportTier as 'L1' | 'L2' | 'L3' | undefined,
            assignee: v.assignee,
            reason: v.reason,
          }),
        ),
    },
    raise: {
      title: `Raise the priority of ${id}`,
      description:
        'The lead of the assignment group approves or rejects; the priority changes on approval.',
      submitLabel: 'Ask for approval',
      fields: [
        {
          name: 'priority',
          label: 'Priority',
          kind: 'select',
          choices: Object.fromEntries(higher.map(p => [p, priorityLabels[p]])),
          required: true,
        },
        { name: 'reason', label: 'Reason', kind: 'multiline', required: true },
      ],
      onSubmit: async v =>
        done(
          await itsmApi.requestIncidentPriority(id, {
            version,
            priority: v.priority as Priority,
            reason: v.reason,
          }),
        ),
    },
    lower: {
      title: `Lower the priority of ${id}`,
      description:
        'Correct a priority graded too high; the timeline records the change.',
      submitLabel: 'Lower priority',
      fields: [
        {
          name: 'priority',
          label: 'Priority',
          kind: 'select',
          choices: Object.fromEntries(lower.map(p => [p, priorityLabels[p]])),
          required: true,
        },
      ],
      onSubmit: async v =>
        done(
          await itsmApi.updateIncident(id, {
            version,
            priority: v.priority as Priority,
          }),
        ),
    },
    decide: {
      title: `Raise ${id} to ${pending?.priority}?`,
      description: pending && (
        <>
          <EntityName entityRef={pending.requestedBy} /> asks: {pending.reason}
        </>
      ),
      submitLabel: 'Decide',
      fields: [
        {
          name: 'decision',
          label: 'Decision',
          kind: 'select',
          choices: { approve: 'Approve', reject: 'Reject' },
          required: true,
        },
        {
          name: 'comment',
          label: 'Comment',
          kind: 'multiline',
          required: true,
        },
        {
          name: 'assignee',
          label: 'New assignee (on approval)',
          kind: 'person',
          groupRef: incident.assignmentGroup,
        },
        { name: 'plan', label: 'Plan (on approval)', kind: 'multiline' },
      ],
      onSubmit: async v =>
        done(
          await itsmApi.decideIncidentPriority(id, {
            version,
            decision: v.decision as 'approve' | 'reject',
            comment: v.comment,
            assignee: v.assignee,
            plan: v.plan,
          }),
        ),
    },
    major: {
      title: `Declare ${id} a major incident`,
      description:
        'A major incident follows the major incident procedure and closes only after its post-incident review.',
      submitLabel: 'Declare major',
      fields: [
        { name: 'reason', label: 'Reason', kind: 'multiline', required: true },
      ],
      onSubmit: async v =>
        done(
          await itsmApi.declareMajorIncident(id, { version, reason: v.reason }),
        ),
    },
    review: {
      title: `Post-incident review of ${id}`,
      submitLabel: 'Record review',
      fields: (
        [
          ['summary', 'Summary'],
          ['impact', 'Impact'],
          ['timeline', 'Timeline'],
          ['rootCause', 'Root cause'],
          ['followUpActions', 'Follow-up actions'],
        ] as const
      ).map(([name, label]) => ({
        name,
        label,
        kind: 'multiline' as const,
        required: true,
      })),
      onSubmit: async v =>
        done(
          await itsmApi.reviewIncident(id, {
            version,
            summary: v.summary,
            impact: v.impact,
            timeline: v.timeline,
            rootCause: v.rootCause,
            followUpActions: v.followUpActions,
          }),
        ),
    },
  };

  const offered: [DialogName, string, boolean][] = [
    ['escalate', 'Escalate', worker && open],
    [
      'raise',
      'Raise priority',
      worker && open && !pending && higher.length > 0,
    ],
    ['lower', 'Lower priority', worker && open && !pending && lower.length > 0],
    ['decide', 'Decide on priority', !!pending && pending.lead === me],
    [
      'major',
      'Declare major incident',
      worker && open && incident.priority === 'P1' && !incident.major,
    ],
    [
      'review',
      'Post-incident review',
      worker &&
        !!incident.major &&
        incident.state === 'resolved' &&
        !incident.review,
    ],
  ];

  return (
    <>
      {incident.major && (
        <Alert severity="error">
          Major incident: {incident.major.reason}
          {incident.state === 'resolved' && !incident.review
            ? ' — it closes only after its post-incident review.'
            : ''}
        </Alert>
      )}
      {pending && (
        <Alert severity="warning">
          Waiting for <EntityName entityRef={pending.lead} /> to approve raising
          the priority to {pending.priority}: {pending.reason}
        </Alert>
      )}
      <Box display="flex" flexWrap="wrap" style={{ gap: 8 }} my={1}>
        {offered
          .filter(([, , shown]) => shown)
          .map(([name, label]) => (
            <Button
              key={name}
              size="small"
              variant="outlined"
              color={name === 'major' ? 'secondary' : 'default'}
              onClick={() => setDialog(name)}
            >
              {label}
            </Button>
          ))}
      </Box>
      {dialog && (
        <FormDialog {...dialogs[dialog]} onClose={() => setDialog(undefined)} />
      )}
    </>
  );
}
