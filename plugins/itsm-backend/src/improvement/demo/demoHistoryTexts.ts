import { entityRefName } from '@backstage-itsm/plugin-itsm-common';

export type DemoIncidentText = {
  title: string;
  description: string;
  resolution: string;
  cause: string;
};

const componentTexts: DemoIncidentText[] = [
  {
    title: 'Errors 500 on {name}',
    description: 'Requests to {name} fail with 500 for some customers.',
    resolution: 'Restarted the pods and cleared the stuck connection pool',
    cause: 'Connection pool exhausted under a traffic peak',
  },
  {
    title: '{name} is slow',
    description: 'Pages that call {name} take more than ten seconds.',
    resolution: 'Added the missing index and scaled out one replica',
    cause: 'A query without an index after the last data growth',
  },
  {
    title: 'Timeouts between {name} and its database',
    description: 'Intermittent timeouts in the logs of {name}.',
    resolution: 'Raised the statement timeout and killed the long query',
    cause: 'A report query locked the table',
  },
  {
    title: 'Login loop on {name}',
    description: 'Users are sent back to the sign-in page after signing in.',
    resolution: 'Renewed the expired session signing key',
    cause: 'The session key expired without a reminder',
  },
  {
    title: 'Memory alarms on {name}',
    description: 'The pods of {name} restart every hour (OOMKilled).',
    resolution: 'Raised the memory limit; the leak is tracked as a problem',
    cause: 'A cache without an upper bound',
  },
];

const resourceTexts: DemoIncidentText[] = [
  {
    title: '{name} unreachable',
    description: 'Monitoring reports {name} down from two sites.',
    resolution: 'Failed over to the standby and replaced the faulty part',
    cause: 'A failed power supply unit',
  },
  {
    title: 'Disk almost full on {name}',
    description: 'Less than 5% free space left on {name}.',
    resolution: 'Rotated the logs and extended the volume',
    cause: 'Log rotation stopped after an upgrade',
  },
  {
    title: 'High latency through {name}',
    description: 'Round trips through {name} take ten times longer.',
    resolution: 'Rebalanced the traffic and updated the firmware',
    cause: 'A known firmware bug under high connection counts',
  },
];

/** What can go wrong with the entity, in words naming it. */
export function demoIncidentTexts(entityRef: string): DemoIncidentText[] {
  const name = entityRefName(entityRef);
  const texts = entityRef.startsWith('resource:')
    ? resourceTexts
    : componentTexts;
  const fill = (s: string) => s.replace(/\{name\}/g, name);
  return texts.map(t => ({
    title: fill(t.title),
    description: fill(t.description),
    resolution: fill(t.resolution),
    cause: fill(t.cause),
  }));
}
