export { ServiceDeskPage } from './ServiceDeskPage';
