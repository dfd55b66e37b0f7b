import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { aNewRecord } from '../../core/__testUtils__/aNewRecord';
import { DatabaseRecordStore } from '../../core/database/DatabaseRecordStore';
import { DatabaseSlaClockStore } from '../../core/database/DatabaseSlaClockStore';
import { ALWAYS } from '../domain/businessTime';
import { BreachEscalation } from '../domain/planBreachEscalation';
import { SlaSettings } from '../domain/selectSla';
import { SlaClockPlanner } from '../services/SlaClockPlanner';
import { SlaBreachScanTask } from './SlaBreachScanTask';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const settings: SlaSettings = {
  agreements: [
    {
      id: 'gold',
      name: 'Gold',
      entityRefs: [],
      systemRefs: [],
      categories: [],
      objectives: { P2: { response: 30, restore: 240, calendar: ALWAYS } },
    },
  ],
  calendars: new Map([[ALWAYS.id, ALWAYS]]),
  defaultAgreement: 'gold',
  onBreach: { action: 'raise-tier' },
};

const opened = '2026-11-28T10:00:00.000Z';

async function setup(escalation: BreachEscalation = settings.onBreach) {
  const knex = await databases.init('SQLITE_3');
  const store = await DatabaseRecordStore.create({ knex });
  const planner = new SlaClockPlanner(settings);
  const { record } = await store.createRecord(
    aNewRecord({
      assignmentGroup: 'group:default/payments-team',
      supportTier: 'L2',
      slaClocks: await planner.start({
        priority: 'P2',
        state: 'new',
        resolved: { entityRefs: [], owners: [], supportGroups: [] },
        now: opened,
        credentials: mockCredentials.none(),
      }),
    }),
  );
  const notices: { kind: string; data: Record<string, unknown> }[] = [];
  const at = { now: new Date(opened) };
  const task = new SlaBreachScanTask({
    clocks: new DatabaseSlaClockStore(knex),
    store,
    planner,
    publisher: { publish: async () => {} } as any,
    notifier: {
      notify: async change => {
        notices.push(change.event);
      },
    },
    logger: mockServices.logger.mock(),
    escalation,
    serviceDeskGroup: 'group:default/service-desk',
    leadOf: async group =>
      group === 'group:default/payments-team'
        ? 'user:default/paula.lead'
        : undefined,
    now: () => at.now,
  });
  return { store, task, record, notices, at };
}

describe('SlaBreachScanTask', () => {
  it('warns at 50% and 75% and, on a breach, tells the lead and raises the tier', async () => {
    const { store, task, record, notices, at } = await setup();

    at.now = new Date('2026-11-28T10:20:00.000Z');
    expect((await task.run()).map(c => [c.kind, c.threshold])).toEqual([
      ['response', 50],
    ]);
    at.now = new Date('2026-11-28T11:00:00.000Z');
    expect((await task.run()).map(c => [c.kind, c.threshold])).toEqual([
      ['response', 100],
    ]);
    expect(notices.at(-2)).toMatchObject({
      kind: 'sla',
      data: {
        clock: 'response',
        threshold: 100,
        lead: 'user:default/paula.lead',
      },
    });
    const escalated = await store.getRecord({
      type: 'incident',
      id: record.id,
    });
    expect(escalated).toMatchObject({
      supportTier: 'L3',
      assignmentGroup: 'group:default/payments-team',
      escalationCount: 1,
    });
    const { events } = await store.listTimeline({
      recordId: record.id,
      limit: 10,
    });
    expect(events.map(e => [e.kind, e.actor])).toEqual([
      ['created', 'user:default/pat.engineer'],
      ['sla', 'itsm:sla'],
      ['sla', 'itsm:sla'],
      ['escalated', 'itsm:sla'],
    ]);
    expect(events[3].data.reason).toBe(
      'The response time of gold for P2 was breached',
    );
    expect(await task.run()).toEqual([]);
  });

  it('reassigns on a breach when configured so', async () => {
    const { store, task, record, at } = await setup({
      action: 'reassign',
      group: 'group:default/major-incident-team',
    });
    at.now = new Date('2026-11-28T10:45:00.000Z');
    await task.run();
    expect(
      await store.getRecord({ type: 'incident', id: record.id }),
    ).toMatchObject({
      assignmentGroup: 'group:default/major-incident-team',
      supportTier: 'L2',
    });
  });
});
