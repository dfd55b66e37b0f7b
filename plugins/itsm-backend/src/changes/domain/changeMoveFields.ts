import { MoveFields } from '../../core/domain/planTransition';

/** The fields of a change's own moves (§5.2.3-5.3.4). */
export type ChangeMoveFields = {
  /** The assessment notes (§5.2.3). */
  assessment?: string;
  /** The review (§5.3.4): outcome, business satisfaction, lessons. */
  outcome?: string;
  satisfaction?: string;
  lessons?: string;
  /**
   * Why the change must happen in a freeze its window falls in (submit);
   * without it such a change is refused.
   */
  freezeOverride?: string;
};

/** A move records them; the assessment and review only where declared. */
export const changeMoveFields: MoveFields = {
  recorded: [
    'assessment',
    'outcome',
    'satisfaction',
    'lessons',
    'freezeOverride',
  ],
  onlyWhenDeclared: ['assessment', 'outcome', 'satisfaction', 'lessons'],
};
