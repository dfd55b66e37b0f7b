import { FormEvent, useEffect, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { KnownError } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { describeError } from '../../lib/describeError';
import { EntityRefField } from '../../components/EntityRefField';
import { KnownErrorListItem } from './KnownErrorListItem';

/** Known errors listed per search, at most. */
const LIMIT = 100;

/** A search of the known-error base. */
type KnownErrorQuery = { q: string; entityRef?: string };

/**
 * The known-error base (chapter 4): every problem with a root cause and a
 * workaround that is not closed or cancelled, most urgent first, searched
 * by words of its title, description, root cause or workaround, and
 * narrowed to an entity (a system with its parts).
 */
export function KnownErrorBase() {
  const itsmApi = useApi(itsmApiRef);
  const [words, setWords] = useState('');
  const [query, setQuery] = useState<KnownErrorQuery>({ q: '' });
  const [items, setItems] = useState<KnownError[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let current = true;
    setItems(undefined);
    setError(undefined);
    itsmApi
      .listKnownErrors({
        ...(query.entityRef ? { entityRef: query.entityRef } : {}),
        q: query.q || undefined,
        limit: LIMIT,
      })
      .then(
        list => current && setItems(list.items),
        e => {
          if (!current) return;
          setError(describeError(e));
          setItems([]);
        },
      );
    return () => {
      current = false;
    };
  }, [itsmApi, query]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQuery(current => ({ ...current, q: words.trim() }));
  };

  return (
    <InfoCard
      title="Known errors"
      subheader="Problems with a root cause and a workaround, most urgent first: apply the workaround to their incidents"
    >
      <form onSubmit={submit}>
        <Box
          display="flex"
          alignItems="center"
          flexWrap="wrap"
          style={{ gap: 16 }}
        >
          <TextField
            id="itsm-known-error-search"
            label="Search the known errors"
            helperText="Words of the error, its root cause or its workaround"
            value={words}
            onChange={e => setWords(e.target.value)}
            variant="outlined"
            margin="normal"
            style={{ minWidth: 360 }}
          />
          <Box width={280}>
            <EntityRefField
              id="itsm-known-error-entity"
              label="Seen on"
              kinds={['Component', 'System', 'Resource', 'API']}
              value={query.entityRef}
              onChange={entityRef =>
                setQuery(current => ({ ...current, entityRef }))
              }
              helperText="A system includes its parts"
            />
          </Box>
          <Button type="submit" variant="outlined" color="primary">
            Search
          </Button>
        </Box>
      </form>
      {error && <Alert severity="error">{error}</Alert>}
      {items === undefined && <Progress />}
      {items?.length === 0 && !error && (
        <Typography color="textSecondary">
          {query.q || query.entityRef
            ? 'No known error matches.'
            : 'No known errors: no open problem has a root cause and a workaround yet.'}
        </Typography>
      )}
      {items && items.length > 0 && (
        <>
          <Typography variant="body2" color="textSecondary">
            {items.length >= LIMIT
              ? `The ${LIMIT} most urgent: more words narrow the search`
              : `${items.length} known error${items.length === 1 ? '' : 's'}`}
          </Typography>
          <List aria-label="Known errors">
            {items.map(item => (
              <KnownErrorListItem key={item.ref} knownError={item} />
            ))}
          </List>
        </>
      )}
    </InfoCard>
  );
}
