export { CarriedChangeRequest } from './CarriedChangeRequest';
