export { DateTime } from './DateTime';
