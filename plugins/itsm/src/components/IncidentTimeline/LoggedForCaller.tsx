import {
  IncidentChannel,
  incidentChannelLabels,
  labelOf,
} from '@backstage-itsm/plugin-itsm-common';
import { ActorName } from '../ActorName';

/**
 * What the first event of a record logged for someone else says, after
 * the agent who logged it: "logged this for Erin Employee (Phone, P3)".
 * The event's actor stays the agent; the caller is who it is for.
 */
export function LoggedForCaller(props: {
  reportedBy: string;
  channel?: string;
  priority?: string;
}) {
  const channel =
    props.channel &&
    labelOf(incidentChannelLabels, props.channel as IncidentChannel);
  const how = [channel, props.priority].filter(Boolean).join(', ');
  return (
    <>
      logged this for <ActorName actor={props.reportedBy} />
      {how ? ` (${how})` : ''}
    </>
  );
}
