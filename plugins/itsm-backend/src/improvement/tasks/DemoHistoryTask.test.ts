import { ConfigReader } from '@backstage/config';
import { mockServices } from '@backstage/backend-test-utils';
import { SchedulerService } from '@backstage/backend-plugin-api';
import { RecordCore } from '../../core/modules/createRecordCore';
import { createImprovementModule } from '../createImprovementModule';

async function tasksOf(improvement?: { demoHistory?: boolean }) {
  const core = {
    config: new ConfigReader({ itsm: improvement ? { improvement } : {} }),
    logger: mockServices.logger.mock(),
  } as unknown as RecordCore;
  const parts = await createImprovementModule(core).module.start({
    records: {} as any,
    notifier: {} as any,
  });
  const scheduleTask = jest.fn(async () => {});
  for (const task of parts.tasks ?? []) {
    await task({ scheduleTask } as unknown as SchedulerService);
  }
  return scheduleTask.mock.calls.map(([task]: any[]) => task);
}

describe('the demo history task', () => {
  it('runs once across replicas when itsm.improvement.demoHistory is on', async () => {
    const tasks = await tasksOf({ demoHistory: true });
    expect(tasks).toContainEqual(
      expect.objectContaining({
        id: 'itsm-improvement-demo-history',
        scope: 'global',
      }),
    );
  });

  it('is not scheduled by default', async () => {
    expect(await tasksOf(undefined)).not.toContainEqual(
      expect.objectContaining({ id: 'itsm-improvement-demo-history' }),
    );
    expect(await tasksOf({ demoHistory: false })).not.toContainEqual(
      expect.objectContaining({ id: 'itsm-improvement-demo-history' }),
    );
  });
});
