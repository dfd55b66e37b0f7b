export { CmdbPage } from './CmdbPage';
