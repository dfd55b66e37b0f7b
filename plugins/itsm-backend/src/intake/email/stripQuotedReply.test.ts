import { stripQuotedReply } from './stripQuotedReply';

describe('stripQuotedReply', () => {
  it('drops quoted lines and the line introducing them', () => {
    expect(
      stripQuotedReply(
        'It works again.\n\nOn Sat, 28 Nov 2026 at 10:20, Desk <d@x.example> wrote:\n> Can you confirm?\n>\n> > older',
      ),
    ).toBe('It works again.');
  });

  it('recognises an introduction wrapped over two lines', () => {
    expect(
      stripQuotedReply(
        'Thanks!\n\nOn Sat, 28 Nov 2026 at 10:20, Service Desk <servicedesk@acme.example>\nwrote:\n> quoted',
      ),
    ).toBe('Thanks!');
  });

  it('keeps answers written between quotes', () => {
    expect(
      stripQuotedReply('> Which browser?\nFirefox 133\n> Since when?\nToday'),
    ).toBe('Firefox 133\nToday');
  });

  it('cuts at an Outlook "Original Message" separator', () => {
    expect(
      stripQuotedReply(
        'Done.\r\n\r\n-----Original Message-----\r\nFrom: Desk\r\nPlease check',
      ),
    ).toBe('Done.');
  });

  it('keeps ordinary lines that begin with "On"', () => {
    expect(stripQuotedReply('On Monday it failed twice.')).toBe(
      'On Monday it failed twice.',
    );
  });
});
