export { ChangePage } from './ChangePage';
