export { CarriedChangeRequest } from './CarriedChangeRequest';
export { ExistingChangeRequestDialog } from './ExistingChangeRequestDialog';
