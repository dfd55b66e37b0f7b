import { FormEvent, useCallback, useEffect, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { InfoCard, Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { KnownError } from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { useProblemLink } from '../../hooks/useProblemLink';
import { describeError } from '../../lib/describeError';
import { PriorityChip } from '../PriorityChip';
import { problemStateLabel } from '../ProblemPage/problemStateLabel';

/** Known errors listed per search, at most. */
const LIMIT = 100;

/** The root cause in one line. */
function causeOf(knownError: KnownError): string {
  const cause = knownError.rootCause;
  if (!cause) return '';
  return (cause.method === 'free_text' ? cause.text : cause.cause) ?? '';
}

/**
 * The known-error base (chapter 4): every problem with a root cause and a
 * workaround that is not closed, most urgent first, searched by words of
 * its title, description, root cause or workaround.
 */
export function KnownErrorBase() {
  const itsmApi = useApi(itsmApiRef);
  const problemLink = useProblemLink();
  const [words, setWords] = useState('');
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<KnownError[]>();
  const [error, setError] = useState<string>();

  const search = useCallback(async () => {
    setItems(undefined);
    try {
      const list = await itsmApi.listKnownErrors({
        q: query || undefined,
        limit: LIMIT,
      });
      setItems(list.items);
      setError(undefined);
    } catch (e) {
      setError(describeError(e));
      setItems([]);
    }
  }, [itsmApi, query]);
  useEffect(() => {
    search();
  }, [search]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQuery(words.trim());
  };

  return (
    <InfoCard title="Known errors">
      <form onSubmit={submit}>
        <Box display="flex" alignItems="center" style={{ gap: 8 }}>
          <TextField
            id="itsm-known-error-search"
            label="Search the known errors"
            helperText="Words of the error, its root cause or its workaround"
            value={words}
            onChange={e => setWords(e.target.value)}
            variant="outlined"
            margin="dense"
            style={{ minWidth: 360 }}
          />
          <Button type="submit" variant="outlined">
            Search
          </Button>
        </Box>
      </form>
      {error && <Alert severity="error">{error}</Alert>}
      {items === undefined && <Progress />}
      {items?.length === 0 && !error && (
        <Typography color="textSecondary">
          {query
            ? `No known error matches "${query}".`
            : 'No known errors: no open problem has a root cause and a workaround yet.'}
        </Typography>
      )}
      {!!items?.length && (
        <List aria-label="Known errors">
          {items.map(item => (
            <ListItem key={item.ref} divider alignItems="flex-start">
              <Box width="100%">
                <Box display="flex" alignItems="center" style={{ gap: 8 }}>
                  <PriorityChip priority={item.priority} />
                  <Typography variant="subtitle1">
                    {problemLink ? (
                      <Link to={problemLink(item.ref)}>{item.ref}</Link>
                    ) : (
                      item.ref
                    )}
                    : {item.title}
                  </Typography>
                  <Typography variant="body2" color="textSecondary">
                    {problemStateLabel(item.state)}
                  </Typography>
                </Box>
                <Typography variant="body2">
                  <strong>Workaround:</strong> {item.workaround}
                </Typography>
                {causeOf(item) && (
                  <Typography variant="body2" color="textSecondary">
                    Root cause: {causeOf(item)}
                  </Typography>
                )}
                <Box display="flex" style={{ gap: 8 }}>
                  {item.entityRefs.map(ref => (
                    <EntityRefLink key={ref} entityRef={ref} />
                  ))}
                </Box>
              </Box>
            </ListItem>
          ))}
        </List>
      )}
    </InfoCard>
  );
}
