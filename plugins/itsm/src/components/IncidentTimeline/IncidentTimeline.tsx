import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  incidentWorkflow,
  TimelineEvent,
  WorkflowDefinition,
} from '@backstage-itsm/plugin-itsm-common';
import { ActorName } from '../ActorName';
import { RelativeTime } from '../RelativeTime';
import { LoggedForCaller } from './LoggedForCaller';

const useStyles = makeStyles(theme => ({
  event: {
    borderLeft: `3px solid ${theme.palette.divider}`,
    padding: theme.spacing(1, 2),
    marginBottom: theme.spacing(1),
  },
  workNote: {
    borderLeftColor: theme.palette.warning.main,
    background: theme.palette.type === 'dark' ? undefined : '#fff8e1',
  },
  body: { whiteSpace: 'pre-wrap' },
}));

/** Fields whose name does not read as words once split. */
const fieldLabels: Record<string, string> = {
  entityRefs: 'affected entities',
  rootCause: 'root cause',
};

/** A record field's name in words: `holdReason` is "hold reason". */
export function fieldLabel(field: string): string {
  return (
    fieldLabels[field] ??
    field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()
  );
}

/** What an event says, in words, with the record's workflow's state labels. */
function describe(event: TimelineEvent, workflow: WorkflowDefinition): string {
  const data = event.data as Record<string, any>;
  const stateLabel = (state: unknown) =>
    workflow.stateLabels[String(state)] ?? String(state ?? '');
  switch (event.kind) {
    case 'created':
      return workflow.initialState === 'draft'
        ? 'requested it'
        : `reported it (${data.priority ?? ''})`;
    case 'approval':
      return `${data.decision === 'approve' ? 'approved' : 'rejected'} (${(
        data.groups ?? []
      ).join(', ')})${data.comment ? `: ${data.comment}` : ''}${
        data.to
          ? `
${stateLabel(data.from)} → ${stateLabel(data.to)}`
          : ''
      }`;
    case 'transition': {
      const details = [
        'assignee',
        'category',
        'resolution',
        'cause',
        'verification',
        'reason',
        'holdReason',
        'rating',
        'feedback',
        'assessment',
        'outcome',
        'satisfaction',
        'lessons',
        'freezeOverride',
        'rolloutOverride',
        'comment',
      ]
        .filter(f => data[f] !== undefined)
        .map(f => `${fieldLabel(f)}: ${data[f]}`);
      return `${data.action}: ${stateLabel(data.from)} → ${stateLabel(
        data.to,
      )}${details.length ? `\n${details.join('\n')}` : ''}`;
    }
    case 'updated':
      return (data.changes ?? [])
        .map(
          (c: { field: string; from: unknown; to: unknown }) =>
            `${fieldLabel(c.field)}: ${c.from ?? '—'} → ${c.to ?? '—'}`,
        )
        .join('\n');
    case 'escalated':
      if (data.type === 'functional') {
        return `escalated to ${data.to?.assignmentGroup} (${data.to?.supportTier}): ${data.reason}`;
      }
      if (data.type === 'major') {
        return `declared a major incident: ${data.reason}`;
      }
      if (data.status === 'requested') {
        return `asked ${data.lead} to raise the priority from ${data.from} to ${data.priority}: ${data.reason}`;
      }
      return `${data.status} raising the priority from ${data.from} to ${
        data.priority
      }: ${data.comment}${data.plan ? `\nplan: ${data.plan}` : ''}`;
    case 'reviewed':
      return `recorded the post-incident review\nroot cause: ${data.rootCause}\nfollow-up: ${data.followUpActions}`;
    case 'linked':
      return `linked ${data.kind ?? ''} ${data.target ?? ''}`;
    case 'sla':
      return data.threshold === 100
        ? `SLA breached: the ${data.clock} time (${data.agreement}, ${data.priority}) has run out`
        : `${data.threshold}% of the ${data.clock} time (${data.agreement}, ${data.priority}) used`;
    default:
      return String(data.body ?? '');
  }
}

/**
 * Every change, comment and link of a record, oldest first; states are
 * named by the record's workflow (the incident one unless given).
 */
export function IncidentTimeline(props: {
  events: TimelineEvent[];
  workflow?: WorkflowDefinition;
}) {
  const classes = useStyles();
  const workflow = props.workflow ?? (incidentWorkflow as WorkflowDefinition);
  return (
    <Box>
      {props.events.map(event => (
        <Box
          key={event.id}
          className={`${classes.event} ${
            event.visibility === 'work_note' ? classes.workNote : ''
          }`}
          data-testid={`timeline-${event.kind}`}
        >
          <Typography variant="caption" color="textSecondary" component="div">
            <ActorName actor={event.actor} /> ·{' '}
            <RelativeTime value={event.createdAt} />{' '}
            {event.kind === 'comment' && (
              <Chip
                size="small"
                label={event.visibility === 'work_note' ? 'Work note' : 'Reply'}
              />
            )}
          </Typography>
          <Typography variant="body2" className={classes.body}>
            {event.kind === 'created' &&
            typeof event.data.reportedBy === 'string' ? (
              <LoggedForCaller
                reportedBy={event.data.reportedBy}
                channel={event.data.channel as string | undefined}
                priority={event.data.priority as string | undefined}
              />
            ) : (
              describe(event, workflow)
            )}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
