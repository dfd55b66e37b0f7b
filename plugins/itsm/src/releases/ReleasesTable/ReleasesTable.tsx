import { Link } from '@backstage/core-components';
import { EntityName } from '../../components/EntityName';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import {
  Release,
  releaseOutcomeLabels,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { useReleaseLink } from '../../hooks/useReleaseLink';
import { formatWindow } from '../../lib/formatWindow';

/** How a release ended, in words, for its history. */
export function releaseResult(release: Release): string {
  if (release.state === 'rolled_back') {
    return `Rolled back${release.reason ? `: ${release.reason}` : ''}`;
  }
  if (release.outcome) {
    return (
      releaseOutcomeLabels[
        release.outcome as keyof typeof releaseOutcomeLabels
      ] ?? release.outcome
    );
  }
  return release.state === 'cancelled' ? 'Cancelled' : '';
}

/**
 * Releases as table rows: version, title, state, window and result, and
 * the entity released where the list spans entities.
 */
export function ReleasesTable(props: {
  releases: readonly Release[];
  showEntity?: boolean;
  'aria-label'?: string;
}) {
  const releaseLink = useReleaseLink();
  return (
    <TableContainer>
      <Table size="small" aria-label={props['aria-label'] ?? 'Releases'}>
        <TableHead>
          <TableRow>
            <TableCell>Ref</TableCell>
            {props.showEntity && <TableCell>Entity</TableCell>}
            <TableCell style={{ whiteSpace: 'nowrap' }}>Version</TableCell>
            <TableCell>Title</TableCell>
            <TableCell>State</TableCell>
            <TableCell>Window</TableCell>
            <TableCell>Result</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.releases.map(release => (
            <TableRow key={release.id} hover data-testid={release.ref}>
              <TableCell style={{ whiteSpace: 'nowrap' }}>
                {releaseLink ? (
                  <Link to={releaseLink(release.ref)}>{release.ref}</Link>
                ) : (
                  release.ref
                )}
              </TableCell>
              {props.showEntity && (
                <TableCell style={{ whiteSpace: 'nowrap' }}>
                  <EntityName entityRef={release.entityRef} />
                </TableCell>
              )}
              <TableCell style={{ whiteSpace: 'nowrap' }}>
                {release.releaseVersion}
              </TableCell>
              <TableCell>{release.title}</TableCell>
              <TableCell>{stateLabel('release', release.state)}</TableCell>
              <TableCell style={{ whiteSpace: 'nowrap' }}>
                {formatWindow(release.window)}
              </TableCell>
              <TableCell>{releaseResult(release)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
