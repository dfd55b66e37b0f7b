import { mockServices } from '@backstage/backend-test-utils';
import { SchedulerServiceTaskInvocationDefinition } from '@backstage/backend-plugin-api';
import { RecordType } from '@backstage-itsm/plugin-itsm-common';
import { CollationRunner } from './CollationRunner';
import { ItsmRecordReader, NewestChange } from './ItsmRecordReader';
import { RecordChangeWatcher } from './RecordChangeWatcher';

const schedule = { frequency: { minutes: 10 }, timeout: { minutes: 5 } };

function conflict() {
  return Object.assign(new Error('Task is currently running'), {
    name: 'ConflictError',
  });
}

/**
 * A watcher over the incident, problem and known-error collations, as the
 * search plugin schedules them, with the itsm backend's newest changes.
 */
async function aWatcher() {
  const scheduler = mockServices.scheduler.mock();
  const tasks = new Map<string, SchedulerServiceTaskInvocationDefinition>();
  scheduler.scheduleTask.mockImplementation(async task => {
    tasks.set(task.id, task);
  });
  const runners = {
    incident: new CollationRunner(scheduler, schedule),
    problem: new CollationRunner(scheduler, schedule),
    knownError: new CollationRunner(scheduler, schedule),
  };
  // What the search plugin runs: collate and index one type.
  const collate = { knownError: jest.fn(async () => {}) };
  await runners.incident.run({
    id: 'search_index_itsm_incident',
    fn: jest.fn(),
  });
  await runners.problem.run({ id: 'search_index_itsm_problem', fn: jest.fn() });
  await runners.knownError.run({
    id: 'search_index_itsm_known-error',
    fn: collate.knownError,
  });

  const newest: Partial<Record<RecordType, NewestChange>> = {
    incident: { key: 'i1@1', updatedAt: '2026-12-01T10:00:00Z' },
    problem: { key: 'p1@3', updatedAt: '2026-12-01T09:00:00Z' },
  };
  const reader = {
    newestChange: jest.fn(async (type: RecordType) => newest[type]),
  };
  const logger = mockServices.logger.mock();
  const watcher = new RecordChangeWatcher({
    reader: reader as unknown as ItsmRecordReader,
    collations: [
      { recordType: 'incident', runner: runners.incident },
      { recordType: 'problem', runner: runners.problem },
      { recordType: 'problem', runner: runners.knownError },
    ],
    logger,
  });
  const triggered = () => {
    const ids = scheduler.triggerTask.mock.calls.map(([id]) => id);
    scheduler.triggerTask.mockClear();
    return ids;
  };
  return {
    watcher,
    scheduler,
    tasks,
    collate,
    newest,
    reader,
    logger,
    triggered,
  };
}

describe('RecordChangeWatcher', () => {
  it('has every collation run at its first check, so a restarted engine is not empty for a whole period', async () => {
    const { watcher, triggered } = await aWatcher();

    await watcher.check();

    expect(triggered()).toEqual([
      'search_index_itsm_incident',
      'search_index_itsm_problem',
      'search_index_itsm_known-error',
    ]);
  });

  it('asks for nothing while no record changes', async () => {
    const { watcher, triggered, reader } = await aWatcher();
    await watcher.check();
    triggered();

    await watcher.check();
    await watcher.check();

    expect(triggered()).toEqual([]);
    // One question per record type, not per collation.
    expect(reader.newestChange).toHaveBeenCalledTimes(6);
  });

  it('indexes a changed type again: a problem change runs the problems and the known errors', async () => {
    const { watcher, triggered, newest } = await aWatcher();
    await watcher.check();
    triggered();

    newest.problem = { key: 'p9@1', updatedAt: '2026-12-01T10:05:00Z' };
    await watcher.check();

    expect(triggered()).toEqual([
      'search_index_itsm_problem',
      'search_index_itsm_known-error',
    ]);
  });

  it('asks again at the next check when a run was under way, as that run may have read past the change', async () => {
    const { watcher, triggered, newest, scheduler } = await aWatcher();
    await watcher.check();
    triggered();
    newest.incident = { key: 'i1@2', updatedAt: '2026-12-01T10:06:00Z' };
    scheduler.triggerTask.mockRejectedValueOnce(conflict());

    await watcher.check();
    expect(triggered()).toEqual(['search_index_itsm_incident']);
    await watcher.check();
    expect(triggered()).toEqual(['search_index_itsm_incident']);
    await watcher.check();
    expect(triggered()).toEqual([]);
  });

  it('runs again a collation whose last run here failed', async () => {
    const { watcher, triggered, tasks, collate } = await aWatcher();
    await watcher.check();
    triggered();
    // The scheduler runs the task the runner scheduled, around the search's.
    const failing = tasks.get('search_index_itsm_known-error')!;
    collate.knownError.mockRejectedValueOnce(new Error('itsm down'));
    await expect(failing.fn(new AbortController().signal)).rejects.toThrow(
      'itsm down',
    );

    await watcher.check();
    expect(triggered()).toEqual(['search_index_itsm_known-error']);

    await failing.fn(new AbortController().signal);
    await watcher.check();
    expect(triggered()).toEqual([]);
  });

  it('warns once while the itsm backend cannot be asked, and triggers once it answers', async () => {
    const { watcher, triggered, reader, logger } = await aWatcher();
    reader.newestChange.mockRejectedValue(new Error('ECONNREFUSED'));

    await watcher.check();
    await watcher.check();

    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(/Could not check the ITSM records .*ECONNREFUSED/),
    );
    expect(triggered()).toEqual([]);

    reader.newestChange.mockImplementation(async () => undefined);
    await watcher.check();
    expect(triggered()).toHaveLength(3);
  });
});
