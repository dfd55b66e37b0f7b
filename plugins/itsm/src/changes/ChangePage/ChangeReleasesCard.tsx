import { useEffect, useState } from 'react';
import Box from '@material-ui/core/Box';
import Alert from '@material-ui/lab/Alert';
import { InfoCard, Link } from '@backstage/core-components';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import { useApi } from '@backstage/core-plugin-api';
import { Change, RecordLink } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { useReleaseLink } from '../../hooks/useReleaseLink';
import { describeError } from '../../lib/describeError';

type LinkEnd = RecordLink['source'];

/**
 * The releases linked to a change, such as those it is the change request
 * of (§7.1), spaced like the cards around it; nothing when there are
 * none.
 */
export function ChangeReleasesCard(props: { change: Change }) {
  const { change } = props;
  const itsmApi = useApi(itsmApiRef);
  const releaseLink = useReleaseLink();
  const [releases, setReleases] = useState<LinkEnd[]>([]);
  const [error, setError] = useState<string>();

  useEffect(() => {
    let current = true;
    itsmApi.listChangeLinks(change.ref).then(
      page =>
        current &&
        setReleases(
          page.items
            .map(link =>
              link.source.id === change.id ? link.target : link.source,
            )
            .filter(end => end.type === 'release'),
        ),
      e => current && setError(describeError(e)),
    );
    return () => {
      current = false;
    };
  }, [itsmApi, change.id, change.ref]);

  if (!error && releases.length === 0) return null;
  return (
    <Box mb={3}>
      <InfoCard title="Releases">
        {error && <Alert severity="error">{error}</Alert>}
        <List dense disablePadding>
          {releases.map(release => (
            <ListItem key={release.id} disableGutters>
              <ListItemText
                primary={
                  releaseLink ? (
                    <Link to={releaseLink(release.ref)}>{release.ref}</Link>
                  ) : (
                    release.ref
                  )
                }
                secondary={release.title}
              />
            </ListItem>
          ))}
        </List>
      </InfoCard>
    </Box>
  );
}
