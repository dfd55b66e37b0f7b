import { MoveFields } from '../../core/domain/planTransition';

/**
 * The fields of an exercise's own moves: how it ended and the data it
 * lost, in minutes (§9.3).
 */
export type ExerciseMoveFields = {
  result?: string;
  dataLossMinutes?: number;
};

/** An exercise's completion records its result, and only there. */
export const exerciseMoveFields: MoveFields = {
  recorded: ['result', 'dataLossMinutes'],
  onlyWhenDeclared: ['result'],
};
