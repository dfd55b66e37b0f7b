import { ITSM_RECORD_RESOURCE_TYPE } from '@backstage-itsm/plugin-itsm-common';
import { createPermissionResourceRef } from '@backstage/plugin-permission-node';
import { RecordFilter, StoredRecord } from '../database/RecordStore';

/** A record as permission rules see it: with the owners of its entities. */
export type RecordResource = StoredRecord & { entityOwnerRefs: string[] };

/** ITSM records in the permission framework; rules become SQL filters. */
export const recordPermissionResourceRef = createPermissionResourceRef<
  RecordResource,
  RecordFilter
>().with({
  pluginId: 'itsm',
  resourceType: ITSM_RECORD_RESOURCE_TYPE,
});
