import fc from 'fast-check';
import { priorities } from '../priorities';
import { impactLevels } from './incidentFields';
import {
  defaultPriorityMatrix,
  derivePriority,
  readPriorityMatrix,
} from './priorityMatrix';

const level = fc.constantFrom(...impactLevels);
const rank = (l: string) => impactLevels.indexOf(l as any);

describe('priority matrix', () => {
  it('makes high impact and high urgency P1 and low on both P4', () => {
    expect(derivePriority(defaultPriorityMatrix, 'high', 'high')).toBe('P1');
    expect(derivePriority(defaultPriorityMatrix, 'low', 'low')).toBe('P4');
    expect(derivePriority(defaultPriorityMatrix, 'medium', 'medium')).toBe(
      'P3',
    );
  });

  it('never gives a higher priority for lower impact or urgency', () => {
    fc.assert(
      fc.property(level, level, level, level, (i1, u1, i2, u2) => {
        fc.pre(rank(i1) <= rank(i2) && rank(u1) <= rank(u2));
        const p1 = priorities.indexOf(
          derivePriority(defaultPriorityMatrix, i1, u1),
        );
        const p2 = priorities.indexOf(
          derivePriority(defaultPriorityMatrix, i2, u2),
        );
        expect(p1).toBeLessThanOrEqual(p2);
      }),
    );
  });

  it('reads a configured matrix, keeping the default where nothing is configured', () => {
    const matrix = readPriorityMatrix({ low: { high: 'P2' } });
    expect(matrix.low.high).toBe('P2');
    expect(matrix.high.high).toBe('P1');
    expect(defaultPriorityMatrix.low.high).toBe('P3');
    expect(readPriorityMatrix(undefined)).toEqual(defaultPriorityMatrix);
  });

  it('names the cell that is not a priority', () => {
    expect(() => readPriorityMatrix({ high: { low: 'urgent' } })).toThrow(
      'itsm.incidents.priorityMatrix.high.low must be one of P1, P2, P3, P4, not "urgent"',
    );
  });
});
