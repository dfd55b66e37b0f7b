import { measureRecovery, RecoveryRunStep } from './recoveryRun';

const step = (id: string, doneAt?: string): RecoveryRunStep => ({
  id,
  title: id,
  role: 'DBA',
  expectedMinutes: 10,
  ...(doneAt ? { doneAt } : {}),
});

const start = '2026-12-08T10:00:00.000Z';

describe('measureRecovery', () => {
  it('measures from the start to the last step done, against the RTO', () => {
    const m = measureRecovery({
      startedAt: start,
      steps: [
        step('a', '2026-12-08T10:50:00Z'),
        step('b', '2026-12-08T10:20:00Z'),
      ],
      objectives: { rtoMinutes: 45, rpoMinutes: 15 },
      dataLossMinutes: 5,
      now: '2026-12-08T12:00:00Z',
    });
    expect(m).toMatchObject({
      recoveryMinutes: 50,
      recovered: true,
      withinRto: false,
      dataLossMinutes: 5,
      withinRpo: true,
    });
    expect(m.rtoRemainingMinutes).toBeUndefined();
  });

  it('runs the clock to now while steps remain, and says the RTO is missed only once it is', () => {
    const running = measureRecovery({
      startedAt: start,
      steps: [step('a', '2026-12-08T10:05:00Z'), step('b')],
      objectives: { rtoMinutes: 60 },
      now: '2026-12-08T10:40:30Z',
    });
    expect(running).toMatchObject({
      recoveryMinutes: 41,
      recovered: false,
      stepsDone: 1,
      stepsTotal: 2,
      rtoRemainingMinutes: 19,
    });
    expect(running.withinRto).toBeUndefined();
    const late = measureRecovery({
      startedAt: start,
      steps: [step('a')],
      objectives: { rtoMinutes: 60 },
      now: '2026-12-08T11:30:00Z',
    });
    expect(late).toMatchObject({ withinRto: false, rtoRemainingMinutes: -30 });
  });

  it('ends at a recovery recorded by hand, and judges data loss against the RPO', () => {
    const m = measureRecovery({
      startedAt: start,
      steps: [step('a')],
      objectives: { rtoMinutes: 60, rpoMinutes: 10 },
      recoveredAt: '2026-12-08T10:30:00Z',
      dataLossMinutes: 12,
      now: '2026-12-08T13:00:00Z',
    });
    expect(m).toMatchObject({
      recoveryMinutes: 30,
      recovered: true,
      withinRto: true,
      withinRpo: false,
    });
  });

  it('misses the RTO by any overrun, seconds included, and meets it to the second', () => {
    const measure = (doneAt: string) =>
      measureRecovery({
        startedAt: start,
        steps: [step('a', doneAt)],
        objectives: { rtoMinutes: 1 },
        now: '2026-12-08T12:00:00Z',
      });
    expect(measure('2026-12-08T10:01:05Z')).toMatchObject({
      recoveryMinutes: 2,
      withinRto: false,
    });
    expect(measure('2026-12-08T10:01:00Z')).toMatchObject({
      recoveryMinutes: 1,
      withinRto: true,
    });
    expect(measure('2026-12-08T10:00:20Z')).toMatchObject({
      recoveryMinutes: 1,
      withinRto: true,
    });
  });
});
