import Box from '@material-ui/core/Box';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import BugReportIcon from '@material-ui/icons/BugReport';
import { Link } from '@backstage/core-components';
import { Priority } from '@backstage-itsm/plugin-itsm-common';
import { SearchDocument } from '@backstage/plugin-search-common';
import { PriorityChip } from '../../components/PriorityChip';
import { problemStateLabel } from '../ProblemPage/problemStateLabel';

/** A known error as the search index holds it. */
type KnownErrorDocument = {
  title: string;
  text: string;
  location: string;
  priority?: string;
  state?: string;
  workaround?: string;
};

/**
 * A known error among search results (documents of type
 * `itsm-known-error`): its problem, priority and state, and the
 * workaround to apply.
 *
 * @public
 */
export function KnownErrorSearchResultListItem(props: {
  result?: SearchDocument;
}) {
  const document = props.result as KnownErrorDocument | undefined;
  if (!document) return null;
  return (
    <ListItem alignItems="flex-start" divider>
      <ListItemIcon>
        <BugReportIcon />
      </ListItemIcon>
      <ListItemText
        primary={<Link to={document.location}>{document.title}</Link>}
        secondaryTypographyProps={{ component: 'div' }}
        secondary={
          <>
            <Box display="flex" alignItems="center" style={{ gap: 8 }} my={0.5}>
              <Typography variant="body2">Known error</Typography>
              {document.priority && (
                <PriorityChip priority={document.priority as Priority} />
              )}
              {document.state && (
                <Typography variant="body2" color="textSecondary">
                  {problemStateLabel(document.state)}
                </Typography>
              )}
            </Box>
            {document.workaround && (
              <Typography variant="body2" color="textPrimary">
                <strong>Workaround:</strong> {document.workaround}
              </Typography>
            )}
          </>
        }
      />
    </ListItem>
  );
}
