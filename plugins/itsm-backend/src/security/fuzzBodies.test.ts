import { TestDatabases } from '@backstage/backend-test-utils';
import fc from 'fast-check';
import { bodyFor, propertyNames } from './__testUtils__/arbitraryBodies';
import { contractOperations } from './__testUtils__/contractOperations';
import {
  ContinuityKind,
  continuityCollections,
  recordsInState,
} from './__testUtils__/recordsInState';
import {
  SecurityBackend,
  startSecurityBackend,
} from './__testUtils__/startSecurityBackend';

jest.setTimeout(600_000);

/**
 * Every write operation's JSON body, fuzzed: arbitrary values loosely
 * shaped on the contract's schema, sent by the worker (the intake by a
 * service principal) through the real backend on each database. No answer
 * may be a 5xx, and every 400 or 413 must name a field or a limit.
 *
 * Replay a run with FUZZ_SEED=<the seed printed>; FUZZ_RUNS sets the runs
 * per operation and database.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const LIMIT_WORDS =
  /\blimit\b|too (large|long|big|many|deep)|at most|exceed|maximum|version/i;

type Sent = {
  operationId: string;
  body: string;
  status: number;
  message: string;
};

const writes = contractOperations.filter(
  o => o.method !== 'get' && o.mediaType === 'application/json' && o.body,
);

/** Why an answer is wrong, or undefined when it is fine. */
function judge(s: Sent, fields: string[]): string | undefined {
  if (s.status >= 500) return 'a 5xx';
  if (s.status !== 400 && s.status !== 413) return undefined;
  const named =
    s.message.toLowerCase().includes('body') ||
    LIMIT_WORDS.test(s.message) ||
    fields.some(f => s.message.includes(f));
  return named ? undefined : 'a 400 naming no field and no limit';
}

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe('fuzzed request bodies', () => {
  // eslint-disable-next-line no-console
  console.log(`Fuzz seed ${SEED}, ${RUNS} runs per operation and database`);
  const sent: Sent[] = [];
  const failures: (Sent & { why: string; database: string })[] = [];

  describe.each(databases.eachSupportedId())('on %p', id => {
    let backend: SecurityBackend;
    let refs: Record<string, string>;

    beforeAll(async () => {
      backend = await startSecurityBackend(databases, id);
      const records = recordsInState(backend);
      refs = {
        incidents: (await records.incident()).ref,
        problems: (await records.problem()).ref,
        changes: (await records.change()).ref,
        releases: (await records.release()).ref,
        ...Object.fromEntries(
          await Promise.all(
            Object.entries(continuityCollections).map(
              async ([kind, collection]) => [
                collection,
                (await records.continuity(kind as ContinuityKind)).ref,
              ],
            ),
          ),
        ),
      };
    });

    it.each(writes.map(o => [o.operationId, o] as const))(
      '%s answers no 5xx, and names a field or a limit in each 400',
      async (operationId, op) => {
        const fields = propertyNames(op.body!);
        const path = op.path.replace(
          '{id}',
          refs[op.path.split('/')[1]] ?? 'X-1',
        );
        const caller = op.path.startsWith('/intake/') ? 'service' : 'worker';
        await fc.assert(
          fc.asyncProperty(bodyFor(op.body!), async value => {
            const body = JSON.stringify(value ?? null);
            const res = await backend
              .call(caller, op.method, path)
              .set('Content-Type', 'application/json')
              .send(body);
            const s: Sent = {
              operationId,
              body,
              status: res.status,
              message: String(res.body?.error?.message ?? ''),
            };
            sent.push(s);
            const why = judge(s, fields);
            if (why) failures.push({ ...s, why, database: id });
          }),
          { numRuns: RUNS, seed: SEED + writes.indexOf(op) },
        );
        const mine = failures.filter(
          f => f.operationId === operationId && f.database === id,
        );
        expect(
          mine.map(f => ({
            why: f.why,
            status: f.status,
            message: f.message.slice(0, 300),
            body: f.body.slice(0, 300),
          })),
        ).toEqual([]);
      },
    );
  });

  afterAll(() => {
    const statuses: Record<string, number> = {};
    for (const s of sent) statuses[s.status] = (statuses[s.status] ?? 0) + 1;
    // eslint-disable-next-line no-console
    console.log(
      [
        `Fuzzed ${sent.length} requests over ${
          writes.length
        } write operations (seed ${SEED}); statuses ${JSON.stringify(
          statuses,
        )}`,
        ...failures.map(
          f =>
            `FAILED ${f.database} ${f.operationId}: ${f.why}: ${
              f.status
            } "${f.message.slice(0, 160)}" body ${f.body.slice(0, 160)}`,
        ),
      ].join('\n'),
    );
  });
});
