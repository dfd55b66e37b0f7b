import {
  changeModelLabels,
  labelOf,
  stateLabel,
} from '@backstage-itsm/plugin-itsm-common';
import { utcTime, utcWindow } from '../../core/domain/utcTime';
import { APPROVED_CHANGE_STATES } from '../../core/domain/approvedScope';
import { FreezeOverride } from './checkFreezeOverride';
import { WindowOccurrence } from './expandWindow';

/**
 * A change that may cover a deployment: approved, with the entities and
 * the window its approval covers (`approvedScope`).
 */
export type GateChange = {
  ref: string;
  title: string;
  state: string;
  model: string;
  entityRefs: string[];
  window: { start: string; end: string };
  freezeOverride?: FreezeOverride;
};

/** The gate's answer to "may this entity deploy now?". */
export type DeploymentDecision = {
  allowed: boolean;
  reason: string;
  /** The change that covers the deployment (when allowed). */
  change?: {
    ref: string;
    title: string;
    window: { start: string; end: string };
  };
  /** The freezes in force now. */
  freezes: { name: string; start: string; end: string }[];
};

export { APPROVED_CHANGE_STATES } from '../../core/domain/approvedScope';

/**
 * Whether an entity may deploy at `now` (§5.3, change control): only
 * inside the window of an approved or standard change that covers it, and
 * outside freezes, unless that change was let into the freeze with an
 * override. Otherwise no, with the reason.
 */
export function decideDeployment(options: {
  entityRef: string;
  /** The entity and its system: a change on either covers it. */
  scope: string[];
  now: string;
  /** Approved changes on the entity (or its system), as approved. */
  changes: GateChange[];
  /** Freeze occurrences in force for the entity at `now`. */
  freezes: WindowOccurrence[];
}): DeploymentDecision {
  const { entityRef, scope, now, changes, freezes } = options;
  const inForce = freezes.map(f => ({
    name: f.name,
    start: f.start,
    end: f.end,
  }));
  const at = Date.parse(now);
  const covering = changes.filter(
    c =>
      APPROVED_CHANGE_STATES.includes(c.state) &&
      c.entityRefs.some(ref => scope.includes(ref)) &&
      Date.parse(c.window.start) <= at &&
      at < Date.parse(c.window.end),
  );
  if (covering.length === 0) {
    return {
      allowed: false,
      reason: `No approved change covers ${entityRef} at ${utcTime(now)}`,
      freezes: inForce,
    };
  }
  const overrides = (c: GateChange) =>
    inForce.every(f =>
      c.freezeOverride?.freezes.includes(`${f.name}@${f.start}`),
    );
  const allowedBy = covering.find(overrides);
  if (!allowedBy) {
    const names = inForce.map(f => `'${f.name}'`).join(', ');
    return {
      allowed: false,
      reason: `${entityRef} is in the freeze ${names} and ${covering
        .map(c => c.ref)
        .join(', ')} has no override for it`,
      freezes: inForce,
    };
  }
  return {
    allowed: true,
    reason: `${allowedBy.ref} (${labelOf(
      changeModelLabels,
      allowedBy.model,
    ).toLocaleLowerCase('en-US')}, ${stateLabel(
      'change',
      allowedBy.state,
    ).toLocaleLowerCase('en-US')}) covers ${entityRef} during ${utcWindow(
      allowedBy.window,
    )}${inForce.length ? ', with an override of the freeze' : ''}`,
    change: {
      ref: allowedBy.ref,
      title: allowedBy.title,
      window: allowedBy.window,
    },
    freezes: inForce,
  };
}
