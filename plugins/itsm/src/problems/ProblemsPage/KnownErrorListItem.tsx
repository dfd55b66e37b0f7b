import Box from '@material-ui/core/Box';
import { EntityName } from '../../components/EntityName';
import ListItem from '@material-ui/core/ListItem';
import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import {
  KnownError,
  ProblemCategory,
  problemCategoryLabels,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { useProblemLink } from '../../hooks/useProblemLink';
import { PriorityChip } from '../../components/PriorityChip';
import { RelativeTime } from '../../components/RelativeTime';
import { rootCauseSummary } from './rootCauseSummary';

/**
 * One known error of the known-error base: its problem (ref and title),
 * priority, state and category, the workaround to apply, the root cause
 * in short, the entities it is seen on and when it last changed.
 */
export function KnownErrorListItem(props: { knownError: KnownError }) {
  const { knownError: item } = props;
  const problemLink = useProblemLink();
  const cause = rootCauseSummary(item.rootCause);
  return (
    <ListItem divider alignItems="flex-start" data-testid={item.ref}>
      <Box width="100%">
        <Box
          display="flex"
          alignItems="center"
          flexWrap="wrap"
          style={{ gap: 8 }}
        >
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
            {stateLabel('problem', item.state)} ·{' '}
            {problemCategoryLabels[item.category as ProblemCategory] ??
              item.category}{' '}
            · updated <RelativeTime value={item.updatedAt} />
          </Typography>
        </Box>
        <Typography variant="body2" style={{ whiteSpace: 'pre-wrap' }}>
          <strong>Workaround:</strong> {item.workaround}
        </Typography>
        {cause && (
          <Typography variant="body2" color="textSecondary">
            Root cause: {cause}
          </Typography>
        )}
        {item.entityRefs.length > 0 && (
          <Box display="flex" flexWrap="wrap" style={{ gap: 8 }} mt={0.5}>
            {item.entityRefs.map(ref => (
              <EntityName key={ref} entityRef={ref} />
            ))}
          </Box>
        )}
      </Box>
    </ListItem>
  );
}
