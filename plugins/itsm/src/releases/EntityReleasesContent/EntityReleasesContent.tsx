import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useNavigate } from 'react-router-dom';
import { Release } from '@backstage-itsm/plugin-itsm-common';
import { RecordSection } from '../../components/RecordSection';
import { useReleaseLink } from '../../hooks/useReleaseLink';
import { RelativeTime } from '../../components/RelativeTime';
import { ReleasesTable } from '../ReleasesTable';
import { ScheduleReleaseDialog } from '../ScheduleReleaseDialog';
import { useEntityReleases } from './useEntityReleases';

function Section(props: {
  title: string;
  releases: Release[] | undefined;
  empty: string;
}) {
  return (
    <RecordSection
      title={props.title}
      count={props.releases?.length}
      empty={props.empty}
    >
      <ReleasesTable releases={props.releases ?? []} aria-label={props.title} />
    </RecordSection>
  );
}

/**
 * The Releases tab of an entity page (chapter 7): the version released
 * now, the releases planned and under way, the history with outcomes, and
 * "Schedule release", which proposes the next free window.
 *
 * @public
 */
export function EntityReleasesContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
  const releases = useEntityReleases(entityRef);
  const [scheduling, setScheduling] = useState(false);
  const navigate = useNavigate();
  const releaseLink = useReleaseLink();

  const created = (release: Release) => {
    setScheduling(false);
    if (releaseLink) navigate(releaseLink(release.ref));
    else releases.reload();
  };

  return (
    <Box>
      <Box display="flex" alignItems="center" mb={2}>
        <Box flexGrow={1}>
          <Typography variant="overline" color="textSecondary">
            Current version
          </Typography>
          {releases.current ? (
            <Typography variant="h4" data-testid="current-version">
              {releases.current.releaseVersion}{' '}
              <Typography component="span" color="textSecondary">
                {releases.current.ref}, released{' '}
                <RelativeTime value={releases.current.releasedAt!} />
              </Typography>
            </Typography>
          ) : (
            <Typography color="textSecondary" data-testid="current-version">
              None released through the portal yet.
            </Typography>
          )}
        </Box>
        <Button
          variant="contained"
          color="primary"
          startIcon={<AddIcon />}
          onClick={() => setScheduling(true)}
        >
          Schedule release
        </Button>
      </Box>
      {releases.error !== undefined && (
        <ResponseErrorPanel error={releases.error as Error} />
      )}
      {releases.loading ? (
        <Progress />
      ) : (
        <>
          <Section
            title="Upcoming releases"
            releases={releases.upcoming}
            empty="No release is planned for this entity."
          />
          <Section
            title="History"
            releases={releases.history}
            empty="No release has finished yet."
          />
        </>
      )}
      {scheduling && (
        <ScheduleReleaseDialog
          open
          entityRef={entityRef}
          onClose={() => setScheduling(false)}
          onCreated={created}
        />
      )}
    </Box>
  );
}
