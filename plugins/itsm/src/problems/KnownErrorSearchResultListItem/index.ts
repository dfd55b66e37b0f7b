export { KnownErrorSearchResultListItem } from './KnownErrorSearchResultListItem';
