import { MoveFields } from '../../core/domain/planTransition';

/** The fields of a release's own moves (§7.3-7.4). */
export type ReleaseMoveFields = {
  /** The outcome of the rollout, confirmed by its confirmation. */
  outcome?: string;
  confirmation?: string;
  /**
   * Why the release must roll out outside its window or without an
   * approved change request (start_rollout); without it such a rollout is
   * refused.
   */
  rolloutOverride?: string;
};

/** A move records the outcome and an override; the outcome where declared. */
export const releaseMoveFields: MoveFields = {
  recorded: ['outcome', 'rolloutOverride'],
  onlyWhenDeclared: ['outcome'],
};
