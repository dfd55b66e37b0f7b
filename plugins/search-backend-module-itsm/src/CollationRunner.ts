import {
  SchedulerService,
  SchedulerServiceTaskInvocationDefinition,
  SchedulerServiceTaskRunner,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';

/**
 * The schedule of one collator, as the search plugin runs it: like the
 * scheduler's own task runner, and besides it remembers the task the search
 * plugin made of the collator, so that the run can be asked for sooner
 * (`trigger`), and whether the last run in this process failed.
 */
export class CollationRunner implements SchedulerServiceTaskRunner {
  private taskId?: string;
  private lastRunFailed = false;

  constructor(
    private readonly scheduler: SchedulerService,
    private readonly schedule: SchedulerServiceTaskScheduleDefinition,
  ) {}

  async run(task: SchedulerServiceTaskInvocationDefinition): Promise<void> {
    this.taskId = task.id;
    await this.scheduler.scheduleTask({
      ...task,
      ...this.schedule,
      fn: async signal => {
        try {
          await task.fn(signal);
          this.lastRunFailed = false;
        } catch (error) {
          this.lastRunFailed = true;
          throw error;
        }
      },
    });
  }

  /** Whether the last run in this process failed. */
  get failed(): boolean {
    return this.lastRunFailed;
  }

  /**
   * Asks for a run now, on whichever instance claims it first (a global
   * task is triggered in the scheduler's database). False when that cannot
   * be asked now: the search plugin has not scheduled the task yet, or a
   * run is under way (it may have read past the change).
   */
  async trigger(): Promise<boolean> {
    if (!this.taskId) return false;
    try {
      await this.scheduler.triggerTask(this.taskId);
      return true;
    } catch (error) {
      const name = (error as { name?: unknown } | undefined)?.name;
      if (name === 'ConflictError' || name === 'NotFoundError') return false;
      throw error;
    }
  }
}
