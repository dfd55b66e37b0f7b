import { useEffect, useState } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { useApi } from '@backstage/core-plugin-api';
import { KnownErrorList } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { describeError } from '../../lib/describeError';

/** How many of the entities' known errors are looked up. */
const MAX_ENTITIES = 5;

type KnownError = KnownErrorList['items'][number];

/**
 * The known errors of the given entities (chapter 4): problems with a root
 * cause and a workaround, so that whoever works an incident on them
 * applies the workaround. Nothing when there are none.
 */
export function KnownErrorsCard(props: { entityRefs: string[] }) {
  const itsmApi = useApi(itsmApiRef);
  const [items, setItems] = useState<KnownError[]>([]);
  const [error, setError] = useState<string>();
  const key = props.entityRefs.slice(0, MAX_ENTITIES).join(',');

  useEffect(() => {
    let current = true;
    const refs = key ? key.split(',') : [];
    Promise.all(refs.map(ref => itsmApi.listKnownErrors(ref))).then(
      lists => {
        if (!current) return;
        const seen = new Set<string>();
        setItems(
          lists
            .flatMap(list => list.items)
            .filter(item => !seen.has(item.ref) && !!seen.add(item.ref)),
        );
      },
      e => current && setError(describeError(e)),
    );
    return () => {
      current = false;
    };
  }, [itsmApi, key]);

  if (error) return <Alert severity="error">{error}</Alert>;
  if (items.length === 0) return null;
  return (
    <Box mb={3}>
      <Alert severity="warning" data-testid="known-errors">
        <Typography variant="subtitle2">
          Known error{items.length > 1 ? 's' : ''} on this service
        </Typography>
        {items.map(item => (
          <Box key={item.ref} mt={1}>
            <Typography variant="body2">
              <strong>{item.ref}</strong> {item.title}
            </Typography>
            <Typography variant="body2">
              Workaround: {item.workaround}
            </Typography>
          </Box>
        ))}
      </Alert>
    </Box>
  );
}
