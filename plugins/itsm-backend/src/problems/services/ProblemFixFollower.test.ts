import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { aNewRecord } from '../../core/__testUtils__/aNewRecord';
import { DatabaseRecordStore } from '../../core/database/DatabaseRecordStore';
import { StoredRecord } from '../../core/database/RecordStore';
import { RecordChange } from '../../core/model/notificationModel';
import { ProblemFixFollower } from './ProblemFixFollower';
import { RecordChangePublisher } from '../../core/services/RecordChangePublisher';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())('ProblemFixFollower on %p', id => {
  async function setUp(databaseId: TestDatabaseId = id) {
    const knex = await databases.init(databaseId);
    const store = await DatabaseRecordStore.create({ knex });
    const told: RecordChange[] = [];
    const follower = new ProblemFixFollower({
      store,
      auditor: mockServices.auditor.mock(),
      publisher: { publish: jest.fn() } as unknown as RecordChangePublisher,
      notifier: {
        notify: async change => {
          told.push(change);
        },
      },
      logger: mockServices.logger.mock(),
      now: () => new Date('2026-12-03T09:00:00Z'),
    });
    const incidents = [
      (await store.createRecord(aNewRecord({ reportedBy: 'user:default/a' })))
        .record,
      (await store.createRecord(aNewRecord({ reportedBy: 'user:default/b' })))
        .record,
    ];
    const { record: change } = await store.createRecord(
      aNewRecord({ type: 'change', state: 'implementing', title: 'Fix' }),
    );
    const { record: problem } = await store.createRecord(
      aNewRecord({
        type: 'problem',
        state: 'fix_in_progress',
        title: 'Checkout times out under load',
        fields: {
          workaround: 'Restart the tokeniser',
          changeRequest: change.ref,
        },
        linkedFrom: incidents.map(i => ({
          recordId: i.id,
          kind: 'caused-by' as const,
        })),
      }),
    );
    await store.createLink({
      sourceId: problem.id,
      targetId: change.id,
      targetRef: change.ref,
      kind: 'relates-to',
      actor: 'user:default/pat.engineer',
      now: '2026-12-01T10:00:00Z',
    });
    /** Closes the change with the outcome, as its workflow would. */
    const close = async (outcome: string) =>
      (await store.updateRecord({
        type: 'change',
        id: change.id,
        expectedVersion: change.version,
        set: {
          state: 'closed',
          isOpen: false,
          fields: { ...change.fields, outcome },
        },
        event: { kind: 'transition', actor: 'user:default/pat', data: {} },
        now: '2026-12-03T08:00:00Z',
      }))!;
    const problemNow = async () =>
      (await store.getRecord({ type: 'problem', id: problem.id }))!;
    const notesOn = async (record: StoredRecord) =>
      (await store.listTimeline({ recordId: record.id, limit: 50 })).events
        .filter(e => e.kind === 'comment')
        .map(e => String(e.data.body));
    return {
      store,
      follower,
      told,
      incidents,
      change,
      close,
      problemNow,
      notesOn,
    };
  }

  it('resolves the problem when its change closes successfully, and tells its incidents in the same write', async () => {
    const { follower, told, incidents, change, close, problemNow, notesOn } =
      await setUp();
    const closed = await close('successful');
    await follower.notify({
      before: change,
      after: closed,
      event: { kind: 'transition', actor: 'user:default/pat', data: {} },
    });
    const problem = await problemNow();
    expect(problem).toMatchObject({
      state: 'resolved',
      resolvedAt: '2026-12-03T09:00:00.000Z',
      fields: {
        resolution: `Fixed by change ${change.ref} (Successful).`,
        fixedBy: change.ref,
      },
    });
    for (const incident of incidents) {
      expect(await notesOn(incident)).toEqual([
        `Problem ${problem.ref} (Checkout times out under load), which caused this incident, is fixed: change ${change.ref} closed successful. The workaround (Restart the tokeniser) should no longer be needed.`,
      ]);
    }
    // The reporters hear of it (a public reply by the system).
    expect(
      told
        .filter(t => t.after.type === 'incident')
        .map(t => t.after.reportedBy),
    ).toEqual(['user:default/a', 'user:default/b']);

    // Heard twice (a retry, or the sweep): nothing more happens.
    await follower.notify({
      before: change,
      after: closed,
      event: { kind: 'transition', actor: 'user:default/pat', data: {} },
    });
    expect((await problemNow()).version).toBe(problem.version);
    expect(await notesOn(incidents[0])).toHaveLength(1);
    expect(await follower.sweep()).toBe(0);
  });

  it('catches up in the sweep when nobody followed the change (a crash after its commit)', async () => {
    const { follower, incidents, close, problemNow, notesOn } = await setUp();
    await close('successful_with_issues');
    expect(await follower.sweep()).toBe(1);
    expect((await problemNow()).state).toBe('resolved');
    expect(await notesOn(incidents[1])).toHaveLength(1);
  });

  it('frees the problem for another change when its change failed, resolving nothing', async () => {
    const { follower, change, close, problemNow, notesOn, incidents } =
      await setUp();
    const closed = await close('backed_out');
    await follower.notify({
      before: change,
      after: closed,
      event: { kind: 'transition', actor: 'user:default/pat', data: {} },
    });
    const problem = await problemNow();
    expect(problem.state).toBe('fix_in_progress');
    expect(problem.fields.changeRequest).toBeUndefined();
    expect(problem.fields.failedChangeRequests).toEqual([change.ref]);
    expect(await notesOn(problem)).toEqual([
      `${change.ref} closed: Backed out. The fix is not in place; raise or carry another change request.`,
    ]);
    expect(await notesOn(incidents[0])).toEqual([]);
  });
});
