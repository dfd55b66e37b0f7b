import { SupportTier } from '@backstage-itsm/plugin-itsm-common';

/** What routing knows of the first affected entity. */
export type RoutingEntity = {
  entityRef: string;
  /** The entity's owner, when the catalog names one. */
  ownerRef?: string;
  /** The group its `itsm/support-group` annotation names. */
  supportGroupRef?: string;
};

/**
 * Who works a new incident (§3.2.2): the support group the first affected
 * entity names, else the group that owns it; with no entity, or one owned by
 * no group, the service desk.
 */
export function routeIncident(
  firstEntity: RoutingEntity | undefined,
  serviceDeskGroup: string,
): string {
  if (firstEntity?.supportGroupRef) {
    return firstEntity.supportGroupRef;
  }
  if (firstEntity?.ownerRef?.startsWith('group:')) {
    return firstEntity.ownerRef;
  }
  return serviceDeskGroup;
}

/**
 * The support tier of a group (§1.3): the service desk is L1, the teams
 * behind it L2. (L3 is reached by escalation.)
 */
export function tierOfGroup(
  groupRef: string,
  serviceDeskGroup: string,
): SupportTier {
  return groupRef === serviceDeskGroup ? 'L1' : 'L2';
}
