export { ItsmHomePage } from './ItsmHomePage';
