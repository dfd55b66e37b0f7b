/**
 * A catalog backend module that imports hardware, network and storage
 * devices from inventory files (CSV or YAML) as Resource entities: the
 * non-software configuration items of the ITSM CMDB (§6.1).
 *
 * @packageDocumentation
 */
export { catalogModuleItsmInventory as default } from './module';
export { InventoryEntityProvider } from './InventoryEntityProvider';
export { parseInventoryFile } from './parseInventoryFile';
export type { InventoryProblem } from './parseInventoryFile';
export { inventoryColumns } from './inventoryRowToEntity';
