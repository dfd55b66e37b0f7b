import { aRelease } from '../../testUtils/mockItsmApi';
import { releasesCsv } from './releasesCsv';

describe('releasesCsv', () => {
  it('writes one line per release with its record, the rollback and its change request', () => {
    const csv = releasesCsv([
      aRelease({
        ref: 'REL-2',
        title: 'Checkout 2.5.0, faster',
        releaseVersion: '2.5.0',
        state: 'rolled_back',
        reason: 'Errors on the canary',
        restoredVersion: '2.4.1',
        changeRequest: 'CHG-7',
        closedAt: '2026-12-03T08:00:00.000Z',
      }),
    ]);
    const [header, line] = csv.trim().split('\n');
    expect(header.split(',')).toHaveLength(19);
    expect(line).toContain(
      'REL-2,component:default/checkout,2.5.0,"Checkout 2.5.0, faster",rolled_back,fix',
    );
    expect(line).toContain('CHG-7');
    expect(line).toContain('Errors on the canary,2.4.1');
    expect(line.endsWith('2026-12-03T08:00:00.000Z')).toBe(true);
  });

  it('writes a title and a rollback reason that begin like a formula as text', () => {
    const csv = releasesCsv([
      aRelease({
        title: '+cmd|"/C calc"!A0',
        state: 'rolled_back',
        reason: '-2+3',
        restoredVersion: '2.4.1',
      }),
    ]);
    expect(csv).toContain(`,"'+cmd|""/C calc""!A0",rolled_back,`);
    expect(csv).toContain(`,"'-2+3",2.4.1,`);
  });
});
