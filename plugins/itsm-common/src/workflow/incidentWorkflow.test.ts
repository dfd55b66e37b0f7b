import { incidentNextMoves, incidentWorkflow } from './incidentWorkflow';

describe('incidentNextMoves', () => {
  it('names, for each state that has one, a move the table allows from it', () => {
    for (const [state, action] of Object.entries(incidentNextMoves)) {
      const move = incidentWorkflow.transitions.find(t => t.action === action);
      expect([state, move?.from]).toEqual([
        state,
        expect.arrayContaining([state]),
      ]);
    }
  });

  it('offers a way on from every open state', () => {
    for (const state of incidentWorkflow.openStates) {
      expect([state, incidentNextMoves[state]]).toEqual([
        state,
        expect.any(String),
      ]);
    }
  });
});
