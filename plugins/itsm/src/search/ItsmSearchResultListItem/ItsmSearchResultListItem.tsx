import Box from '@material-ui/core/Box';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import { EntityRefLinks } from '@backstage/plugin-catalog-react';
import { SearchDocument } from '@backstage/plugin-search-common';
import {
  isContinuityRecordType,
  isPriority,
  ItsmSearchDocument,
  workflows,
} from '@backstage-itsm/plugin-itsm-common';
import { PriorityChip } from '../../components/PriorityChip';
import { itsmSearchTypeOf } from '../itsmSearchResultTypes';

/**
 * An ITSM record among search results (documents of the types
 * `itsm-incident`, `itsm-problem`, `itsm-change`, `itsm-release`,
 * `itsm-known-error` and the continuity types `itsm-risk`,
 * `itsm-impact-analysis`, `itsm-continuity-plan`, `itsm-exercise`): its
 * human id and title linking to its page, what it is, its priority (not a
 * continuity record's, which is not prioritised), its state in words and
 * its entities; a known error's workaround. Like Backstage's own result items it renders the
 * content of a list item: the search page puts it in one (which also
 * reports the click to analytics).
 *
 * @public
 */
export function ItsmSearchResultListItem(props: {
  result?: SearchDocument;
  /** The search document type of the result. */
  type?: string;
  /** An icon instead of the type's. */
  icon?: JSX.Element;
}) {
  const { result, type } = props;
  const document = result as Partial<ItsmSearchDocument> | undefined;
  if (!document) return null;
  const kind = itsmSearchTypeOf(type, document.recordType);
  const stateLabel =
    document.stateLabel ||
    (document.recordType && document.state
      ? workflows[document.recordType]?.stateLabels[document.state]
      : undefined);
  const icon = props.icon ?? kind?.icon;
  const prioritised =
    isPriority(document.priority) &&
    !(document.recordType && isContinuityRecordType(document.recordType));
  return (
    <Box display="flex" alignItems="flex-start" width="100%">
      {icon && <ListItemIcon>{icon}</ListItemIcon>}
      <ListItemText
        primary={<Link to={document.location ?? ''}>{document.title}</Link>}
        secondaryTypographyProps={{ component: 'div' }}
        secondary={
          <>
            <Box
              display="flex"
              flexWrap="wrap"
              alignItems="center"
              style={{ gap: 8 }}
              my={0.5}
            >
              {kind && <Typography variant="body2">{kind.label}</Typography>}
              {prioritised && <PriorityChip priority={document.priority!} />}
              {stateLabel && (
                <Typography variant="body2" color="textSecondary">
                  {stateLabel}
                </Typography>
              )}
              {document.entityRefs && document.entityRefs.length > 0 && (
                <Typography variant="body2" color="textSecondary">
                  <EntityRefLinks
                    entityRefs={document.entityRefs}
                    defaultKind="component"
                    hideIcons
                  />
                </Typography>
              )}
            </Box>
            {document.workaround ? (
              <Typography variant="body2" color="textPrimary">
                <strong>Workaround:</strong> {document.workaround}
              </Typography>
            ) : (
              document.text && (
                <Typography variant="body2" color="textSecondary" noWrap>
                  {document.text}
                </Typography>
              )
            )}
          </>
        }
      />
    </Box>
  );
}
