export { EntityName } from './EntityName';
export { EntityNames } from './EntityNames';
