export { CiPage } from './CiPage';
