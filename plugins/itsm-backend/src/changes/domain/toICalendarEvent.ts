import { settledWindowStates } from '@backstage-itsm/plugin-itsm-common';
import { createHash } from 'node:crypto';
import { CalendarEvent } from './buildCalendar';
import { ICalendarEvent } from './formatICalendar';

const kindLabels: Record<CalendarEvent['kind'], string> = {
  change: 'Change',
  release: 'Release',
  freeze: 'Freeze',
  maintenance: 'Maintenance window',
};

/**
 * A calendar entry as a calendar app shows it: a change with its number,
 * state and a link to its page; a window with what it holds for.
 */
export function toICalendarEvent(
  event: CalendarEvent,
  options: {
    portalUrl: string;
    /** The state labels of the changes' and releases' workflows. */
    stateLabels: {
      change: Record<string, string>;
      release: Record<string, string>;
    };
  },
): ICalendarEvent {
  const entities = event.entityRefs.length
    ? `Entities: ${event.entityRefs.join(', ')}`
    : 'Entities: all';
  if (event.kind === 'change' || event.kind === 'release') {
    const state =
      options.stateLabels[event.kind][event.state ?? ''] ?? event.state;
    const url = `${options.portalUrl}/itsm/${event.kind}s/${event.ref}`;
    return {
      uid: `${event.ref}@backstage-itsm`,
      start: event.start,
      end: event.end,
      summary: `${event.ref} ${event.title} (${state})`,
      description: [
        `State: ${state}`,
        ...(event.model ? [`Model: ${event.model}`] : []),
        ...(event.risk ? [`Risk: ${event.risk}`] : []),
        entities,
        url,
      ].join('\n'),
      url,
      categories: [kindLabels[event.kind]],
      status: settledWindowStates.includes(event.state ?? '')
        ? 'CONFIRMED'
        : 'TENTATIVE',
    };
  }
  const uidKey = createHash('sha256')
    .update(`${event.source}\n${event.title}`)
    .digest('hex')
    .slice(0, 16);
  return {
    uid: `${event.kind}-${uidKey}-${event.start.replace(
      /[-:.]/g,
      '',
    )}@backstage-itsm`,
    start: event.start,
    end: event.end,
    summary: `${kindLabels[event.kind]}: ${event.title}`,
    description: [
      entities,
      `Defined in ${
        event.source === 'config' ? 'the portal configuration' : event.source
      }`,
    ].join('\n'),
    categories: [kindLabels[event.kind]],
    status: 'CONFIRMED',
  };
}
