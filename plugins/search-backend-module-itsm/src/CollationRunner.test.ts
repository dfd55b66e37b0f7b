import { mockServices } from '@backstage/backend-test-utils';
import { CollationRunner } from './CollationRunner';

describe('CollationRunner', () => {
  const schedule = {
    frequency: { minutes: 10 },
    timeout: { minutes: 5 },
    initialDelay: { seconds: 5 },
  };

  it('schedules the task the search plugin gives it on its schedule, as a global task', async () => {
    const scheduler = mockServices.scheduler.mock();
    const runner = new CollationRunner(scheduler, schedule);

    await runner.run({ id: 'search_index_itsm_change', fn: jest.fn() });

    expect(scheduler.scheduleTask).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'search_index_itsm_change', ...schedule }),
    );
    expect(scheduler.scheduleTask.mock.calls[0][0].scope).toBeUndefined();
  });

  it('cannot be triggered before the search plugin scheduled it, nor while the task is missing', async () => {
    const scheduler = mockServices.scheduler.mock();
    const runner = new CollationRunner(scheduler, schedule);

    expect(await runner.trigger()).toBe(false);
    expect(scheduler.triggerTask).not.toHaveBeenCalled();

    await runner.run({ id: 'search_index_itsm_change', fn: jest.fn() });
    scheduler.triggerTask.mockRejectedValueOnce(
      Object.assign(new Error('Task does not exist'), {
        name: 'NotFoundError',
      }),
    );
    expect(await runner.trigger()).toBe(false);
    expect(await runner.trigger()).toBe(true);
  });

  it('lets other failures of the scheduler through', async () => {
    const scheduler = mockServices.scheduler.mock();
    const runner = new CollationRunner(scheduler, schedule);
    await runner.run({ id: 'search_index_itsm_change', fn: jest.fn() });
    scheduler.triggerTask.mockRejectedValueOnce(new Error('database gone'));

    await expect(runner.trigger()).rejects.toThrow('database gone');
  });
});
