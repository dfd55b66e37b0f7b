import Box from '@material-ui/core/Box';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { Link } from '@backstage/core-components';
import { EntityName, EntityNames } from '../../components/EntityName';
import { Change } from '@backstage-itsm/plugin-itsm-common';
import { useChangeLink } from '../../hooks/useChangeLink';
import { useReleaseLink } from '../../hooks/useReleaseLink';
import { formatWindow } from '../../lib/formatWindow';

/**
 * What the change's window ran into when it was last checked: freezes
 * (and who overrode them, why), other changes on the same or related
 * entities at the same time, maintenance windows it is outside of.
 */
export function ChangeConflictsAlert(props: { change: Change }) {
  const { conflicts = [], freezeOverride, windowProblems = [] } = props.change;
  const changeLink = useChangeLink();
  const releaseLink = useReleaseLink();
  /** Another change, or a release (REL-), on its own page. */
  const linkOf = (ref: string) =>
    ref.startsWith('REL-') ? releaseLink?.(ref) : changeLink?.(ref);
  if (conflicts.length === 0 && windowProblems.length === 0) return null;
  const freezes = conflicts.filter(c => c.kind === 'freeze');
  const overlaps = conflicts.filter(c => c.kind === 'overlap');
  const outside = conflicts.filter(c => c.kind === 'outside-maintenance');
  return (
    <Box mb={2} data-testid="change-conflicts">
      {freezes.length > 0 && (
        <Alert severity="error">
          <AlertTitle>In a freeze</AlertTitle>
          {freezes.map(f => (
            <div key={`${f.name}@${f.start}`}>
              {f.name}: {formatWindow({ start: f.start!, end: f.end! })}
            </div>
          ))}
          {freezeOverride && (
            <div>
              Overridden by{' '}
              <EntityName entityRef={freezeOverride.by} defaultKind="user" />:{' '}
              {freezeOverride.justification}
            </div>
          )}
        </Alert>
      )}
      {overlaps.length > 0 && (
        <Alert severity="warning">
          <AlertTitle>At the same time, on related entities</AlertTitle>
          {overlaps.map(o => (
            <div key={o.ref}>
              {linkOf(o.ref!) ? (
                <Link to={linkOf(o.ref!)!}>{o.ref}</Link>
              ) : (
                o.ref
              )}{' '}
              {o.title}, {formatWindow({ start: o.start!, end: o.end! })} (
              <EntityNames entityRefs={o.entityRefs} />)
            </div>
          ))}
        </Alert>
      )}
      {outside.length > 0 && (
        <Alert severity="info">
          <AlertTitle>Outside maintenance windows</AlertTitle>
          {outside.map(o => (
            <div key={o.entityRef}>
              <EntityName entityRef={o.entityRef!} />:{' '}
              {(o.windows ?? []).join(', ')}
            </div>
          ))}
        </Alert>
      )}
      {windowProblems.length > 0 && (
        <Alert severity="warning">
          <AlertTitle>Window annotations that could not be read</AlertTitle>
          {windowProblems.map(p => (
            <div key={p}>{p}</div>
          ))}
        </Alert>
      )}
    </Box>
  );
}
