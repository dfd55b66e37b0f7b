import { MoveFields } from '../../core/domain/planTransition';

/** The fields of a problem's own moves (§4.3.3-4.3.4). */
export type ProblemMoveFields = {
  resolution?: string;
  verification?: string;
};

/** The resolution and its verification describe the resolved state. */
export const problemMoveFields: MoveFields = {
  recorded: ['resolution', 'verification'],
  ofState: { resolved: ['resolution', 'verification'] },
};
