import { mockItsmApi } from '../../testUtils/mockItsmApi';
import { aProblem } from '../../testUtils/testProblem';
import { listAllProblems } from './listAllProblems';

describe('listAllProblems', () => {
  it('follows the cursors to the last page, up to the most it may read', async () => {
    const api = mockItsmApi();
    api.listProblems
      .mockResolvedValueOnce({
        items: [aProblem({ ref: 'PRB-1' }), aProblem({ ref: 'PRB-2' })],
        nextCursor: 'c1',
      })
      .mockResolvedValueOnce({
        items: [aProblem({ ref: 'PRB-3' })],
        nextCursor: 'c2',
      })
      .mockResolvedValueOnce({ items: [aProblem({ ref: 'PRB-4' })] });
    const all = await listAllProblems(api, { state: ['new'], limit: 2 });
    expect(all.map(p => p.ref)).toEqual(['PRB-1', 'PRB-2', 'PRB-3', 'PRB-4']);
    expect(api.listProblems).toHaveBeenNthCalledWith(2, {
      state: ['new'],
      limit: 2,
      cursor: 'c1',
    });

    api.listProblems.mockResolvedValue({
      items: [aProblem(), aProblem()],
      nextCursor: 'more',
    });
    expect(await listAllProblems(api, {}, 3)).toHaveLength(3);
  });
});
