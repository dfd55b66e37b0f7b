import { aChange } from '../../testUtils/mockItsmApi';
import { changesCsv } from './changesCsv';

describe('changesCsv', () => {
  it('writes one line per change with its record, quoting what needs it', () => {
    const csv = changesCsv([
      aChange({
        title: 'Upgrade, then restart',
        state: 'closed',
        outcome: 'successful_with_issues',
        causedIncidents: ['INC-5', 'INC-7'],
        closedAt: '2026-12-03T08:00:00.000Z',
      }),
    ]);
    const [header, line] = csv.trim().split('\n');
    expect(header.split(',')).toHaveLength(17);
    expect(line).toContain(
      'CHG-1,"Upgrade, then restart",closed,normal,system,low,P4',
    );
    expect(line).toContain('successful_with_issues');
    expect(line).toContain('INC-5 INC-7');
    expect(line.endsWith('2026-12-03T08:00:00.000Z')).toBe(true);
  });

  it('writes a title that begins like a formula as text', () => {
    const csv = changesCsv([aChange({ title: '@SUM(1+1)*cmd|" /C calc"!A0' })]);
    expect(csv).toContain(`CHG-1,"'@SUM(1+1)*cmd|"" /C calc""!A0",`);
  });
});
