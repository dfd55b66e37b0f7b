import { MoveFields } from '../../core/domain/planTransition';

/** The fields of an incident's own moves (§3.2.5-3.2.7). */
export type IncidentMoveFields = {
  holdReason?: string;
  resolution?: string;
  cause?: string;
  verification?: string;
  /**
   * Set by intake, not by the API: `monitoring` when an alert's recovery
   * resolved the incident and an agent still has to verify it.
   */
  resolvedBy?: string;
};

/**
 * What the core does with them: the resolution describes the resolved
 * state and the hold reason the state on hold; a move records them all.
 */
export const incidentMoveFields: MoveFields = {
  recorded: ['holdReason', 'resolution', 'cause', 'verification', 'resolvedBy'],
  ofState: {
    resolved: ['resolution', 'cause', 'verification', 'resolvedBy'],
    on_hold: ['holdReason'],
  },
};
