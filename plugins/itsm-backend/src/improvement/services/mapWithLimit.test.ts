import { mapWithLimit } from './mapWithLimit';

describe('mapWithLimit', () => {
  it('answers in the items’ order with at most the limit running', async () => {
    let running = 0;
    let most = 0;
    const result = await mapWithLimit([30, 10, 20, 5, 15], 2, async ms => {
      running++;
      most = Math.max(most, running);
      await new Promise(r => setTimeout(r, ms));
      running--;
      return ms * 2;
    });
    expect(result).toEqual([60, 20, 40, 10, 30]);
    expect(most).toBe(2);
  });

  it('rejects when one item fails', async () => {
    await expect(
      mapWithLimit([1, 2, 3], 2, async n => {
        if (n === 2) throw new Error('no figure');
        return n;
      }),
    ).rejects.toThrow('no figure');
  });

  it('answers nothing for no items', async () => {
    expect(await mapWithLimit([], 4, async n => n)).toEqual([]);
  });
});
