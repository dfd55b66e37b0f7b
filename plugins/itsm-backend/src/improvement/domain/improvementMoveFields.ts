import { MoveFields } from '../../core/domain/planTransition';

/**
 * The fields of an improvement item's own moves: how its evaluation ended
 * and what it found (§10.3.2), on its close only.
 */
export const improvementMoveFields: MoveFields = {
  recorded: ['outcome', 'note'],
  onlyWhenDeclared: ['outcome', 'note'],
};
