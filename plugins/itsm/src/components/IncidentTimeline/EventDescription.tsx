import { Fragment, ReactNode } from 'react';
import {
  actionLabel,
  approvalDecisionLabels,
  approvalGroupLabels,
  fieldLabel,
  labelOf,
  linkKindLabels,
  RecordType,
  slaClockKindLabels,
  stateLabel,
  TimelineEvent,
  workflows,
} from '@backstage-itsm/plugin-itsm-common';
import { EntityName } from '../EntityName';
import { FieldValue } from '../FieldValue';

/** What a move may carry that the timeline shows, in this order. */
const moveDetails = [
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
  'confirmation',
  'freezeOverride',
  'rolloutOverride',
  'comment',
];

/** One line: "Category: Software failure". */
function Detail(props: { type: RecordType; field: string; value: unknown }) {
  return (
    <>
      {'\n'}
      {fieldLabel(props.field)}:{' '}
      <FieldValue type={props.type} field={props.field} value={props.value} />
    </>
  );
}

/** A person or group named by an event, by name. */
function Who(props: { entityRef: unknown }) {
  return typeof props.entityRef === 'string' && props.entityRef ? (
    <EntityName entityRef={props.entityRef} />
  ) : (
    <>someone</>
  );
}

/**
 * What an event of a record's timeline says, in words: states and moves
 * by their labels, people and groups by name, values by their labels.
 */
export function EventDescription(props: {
  event: TimelineEvent;
  type: RecordType;
}): JSX.Element {
  const { event, type } = props;
  const data = event.data as Record<string, any>;
  const state = (value: unknown) => stateLabel(type, String(value ?? ''));
  const move = (from: unknown, to: unknown) =>
    `${from === undefined ? '—' : state(from)} → ${state(to)}`;
  let content: ReactNode;
  switch (event.kind) {
    case 'created':
      if (type === 'improvement') content = 'proposed it';
      else if (workflows[type]?.initialState === 'draft')
        content = 'requested it';
      else
        content = data.priority
          ? `reported it (${data.priority})`
          : 'reported it';
      break;
    case 'approval':
      content = `${labelOf(approvalDecisionLabels, String(data.decision))} (${(
        (data.groups ?? []) as string[]
      )
        .map(group => labelOf(approvalGroupLabels, group))
        .join(', ')})${data.comment ? `: ${data.comment}` : ''}${
        data.to ? `\n${move(data.from, data.to)}` : ''
      }`;
      break;
    case 'transition':
      content = (
        <>
          {actionLabel(type, String(data.action))}: {move(data.from, data.to)}
          {moveDetails
            .filter(field => data[field] !== undefined)
            .map(field => (
              <Detail
                key={field}
                type={type}
                field={field}
                value={data[field]}
              />
            ))}
        </>
      );
      break;
    case 'updated':
      content = (
        <>
          {(data.changes ?? []).map(
            (
              change: { field: string; from: unknown; to: unknown },
              i: number,
            ) => (
              <Fragment key={i}>
                {i > 0 && '\n'}
                {fieldLabel(change.field)}:{' '}
                <FieldValue
                  type={type}
                  field={change.field}
                  value={change.from}
                />{' '}
                →{' '}
                <FieldValue
                  type={type}
                  field={change.field}
                  value={change.to}
                />
              </Fragment>
            ),
          )}
          {data.reason ? `\n${data.reason}` : ''}
        </>
      );
      break;
    case 'escalated':
      if (data.type === 'functional') {
        content = (
          <>
            escalated to <Who entityRef={data.to?.assignmentGroup} /> (
            {data.to?.supportTier}): {data.reason}
          </>
        );
      } else if (data.type === 'major') {
        content = `declared a major incident: ${data.reason}`;
      } else if (data.status === 'requested') {
        content = (
          <>
            asked <Who entityRef={data.lead} /> to raise the priority from{' '}
            {data.from} to {data.priority}: {data.reason}
          </>
        );
      } else {
        content = `${data.status} raising the priority from ${data.from} to ${
          data.priority
        }: ${data.comment}${data.plan ? `\nPlan: ${data.plan}` : ''}`;
      }
      break;
    case 'reviewed':
      content = `recorded the post-incident review\nRoot cause: ${data.rootCause}\nFollow-up: ${data.followUpActions}`;
      break;
    case 'linked':
      content = `linked: ${labelOf(linkKindLabels, String(data.kind ?? ''))} ${
        data.target ?? ''
      }`;
      break;
    case 'sla': {
      const clock = labelOf(slaClockKindLabels, String(data.clock ?? ''));
      const what = `the ${clock.toLocaleLowerCase('en-US')} time (${
        data.agreement
      }, ${data.priority})`;
      content =
        data.threshold === 100
          ? `SLA breached: ${what} has run out`
          : `${data.threshold}% of ${what} used`;
      break;
    }
    default:
      content = String(data.body ?? '');
  }
  return <>{content}</>;
}
