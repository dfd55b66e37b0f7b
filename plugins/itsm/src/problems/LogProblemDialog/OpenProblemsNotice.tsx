import { useEffect, useState } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  Problem,
  problemWorkflow,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { itsmApiRef } from '../../api/ItsmApi';
import { useProblemLink } from '../../hooks/useProblemLink';

/** How many of the entities are looked up, and problems shown each. */
const MAX_ENTITIES = 3;
const PER_ENTITY = 5;

/**
 * The open problems of the entities a new problem is about, so that whoever
 * logs it sees when it is known already and links the incident there
 * instead. Nothing when there are none (or they cannot be read).
 */
export function OpenProblemsNotice(props: { entityRefs: string[] }) {
  const itsmApi = useApi(itsmApiRef);
  const problemLink = useProblemLink();
  const [problems, setProblems] = useState<Problem[]>([]);
  const key = props.entityRefs.slice(0, MAX_ENTITIES).join('\n');

  useEffect(() => {
    let current = true;
    const refs = key ? key.split('\n') : [];
    Promise.all(
      refs.map(entityRef =>
        itsmApi.listProblems({
          entityRef,
          state: [...problemWorkflow.openStates],
          sort: 'priority',
          limit: PER_ENTITY,
        }),
      ),
    ).then(
      pages => {
        if (!current) return;
        const seen = new Set<string>();
        setProblems(
          pages
            .flatMap(page => page.items)
            .filter(p => !seen.has(p.ref) && !!seen.add(p.ref)),
        );
      },
      () => current && setProblems([]),
    );
    return () => {
      current = false;
    };
  }, [itsmApi, key]);

  if (problems.length === 0) return null;
  return (
    <Box my={1}>
      <Alert severity="info" data-testid="open-problems">
        <Typography variant="subtitle2">
          Open problems on {refsCount(key)}: is it one of these?
        </Typography>
        {problems.map(problem => (
          <Typography key={problem.ref} variant="body2">
            {problemLink ? (
              <Link to={problemLink(problem.ref)}>{problem.ref}</Link>
            ) : (
              problem.ref
            )}{' '}
            {problem.title} ({stateLabel('problem', problem.state)})
          </Typography>
        ))}
      </Alert>
    </Box>
  );
}

function refsCount(key: string): string {
  return key.includes('\n') ? 'these entities' : 'this entity';
}
