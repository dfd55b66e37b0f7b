import { EntityName } from '../EntityName';

/** The names of the plugin's own actors, as the backend records them. */
const systemActors: Record<string, string> = {
  'itsm:sla': 'SLA clock',
  'itsm:auto-close': 'Automatic closure',
  'itsm:problem-fix': 'Problem fix follower',
  'service:plugin:itsm': 'ITSM (automatic)',
};

/**
 * Who did something: a user or group by name, linked to their catalog page, the
 * plugin's own tasks by name, another backend service as `<subject>
 * (service)`.
 */
export function ActorName(props: { actor: string; defaultKind?: string }) {
  const { actor } = props;
  if (systemActors[actor]) return <>{systemActors[actor]}</>;
  if (actor.startsWith('service:')) {
    return <>{`${actor.slice('service:'.length)} (service)`}</>;
  }
  if (!actor.includes(':') || actor.startsWith('itsm:')) return <>{actor}</>;
  return (
    <EntityName entityRef={actor} defaultKind={props.defaultKind ?? 'user'} />
  );
}
