export { ItsmSearchResultListItem } from './ItsmSearchResultListItem';
