import { suggestionKeywords } from './suggestionKeywords';

describe('suggestionKeywords', () => {
  it("keeps the title's telling words, in order, without common ones", () => {
    expect(suggestionKeywords('The VPN keeps dropping')).toEqual([
      'vpn',
      'dropping',
    ]);
    expect(suggestionKeywords('Checkout returns 500 error')).toEqual([
      'checkout',
      '500',
    ]);
  });

  it("fills up with the description's longest words, each once", () => {
    expect(
      suggestionKeywords(
        'Printer',
        'The printer in accounting prints garbled pages',
      ),
    ).toEqual(['printer', 'accounting', 'garbled']);
  });

  it('finds nothing in short words or common ones', () => {
    expect(suggestionKeywords('It is not working', 'help me please')).toEqual(
      [],
    );
    expect(suggestionKeywords('')).toEqual([]);
  });

  it('reads letters beyond ASCII as words', () => {
    expect(suggestionKeywords('Drucker im Büro druckt nicht')).toEqual([
      'drucker',
      'büro',
      'druckt',
    ]);
  });
});
