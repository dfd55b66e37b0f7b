import { MoveFields } from '../../core/domain/planTransition';

/** The fields of an exercise's own moves: how it ended (§9.3). */
export type ExerciseMoveFields = {
  result?: string;
};

/** An exercise's completion records its result, and only there. */
export const exerciseMoveFields: MoveFields = {
  recorded: ['result'],
  onlyWhenDeclared: ['result'],
};
