import {
  CiChange,
  ciChangeKindLabels,
} from '@backstage-itsm/plugin-itsm-common';
import { EntityName } from '../../components/EntityName';
import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import { RelativeTime } from '../../components/RelativeTime';

/** "spec.owner, metadata.title and 2 more" */
function fieldsOf(change: CiChange): string {
  const paths = change.differences.map(d => d.path);
  const shown = paths.slice(0, 3).join(', ');
  return paths.length > 3 ? `${shown} and ${paths.length - 3} more` : shown;
}

/**
 * Changes to a configuration item, each with when, what and whether a
 * change record authorised it.
 */
export function CiChangeList(props: {
  changes: CiChange[];
  /** Name the item of each change (for lists over several items). */
  showItem?: boolean;
  label?: string;
}) {
  return (
    <List dense disablePadding aria-label={props.label ?? 'Last changes'}>
      {props.changes.map(change => (
        <ListItem key={change.id} disableGutters>
          <ListItemText
            primary={`${ciChangeKindLabels[change.kind]}: ${
              fieldsOf(change) || 'the item'
            }`}
            secondary={
              <>
                {props.showItem && (
                  <>
                    <EntityName entityRef={change.entityRef} />
                    {' · '}
                  </>
                )}
                <RelativeTime value={change.detectedAt} />
              </>
            }
          />
          {change.authorizedBy ? (
            <Chip
              size="small"
              variant="outlined"
              label={`Authorised by ${change.authorizedBy.ref}`}
            />
          ) : (
            <Chip size="small" color="secondary" label="Unauthorised" />
          )}
        </ListItem>
      ))}
    </List>
  );
}
