import type { Server } from 'node:http';
import request from 'supertest';
import { spec } from '../schema/openapi.generated';
import {
  aRelease,
  rita,
  startReleaseBackend,
} from '../releases/__testUtils__/startReleaseBackend';
import {
  checkout,
  CURRENT,
  minimalBodies,
  RefusedValue,
} from './__testUtils__/minimalBodies';

jest.setTimeout(120_000);

/**
 * The contract is the truth: what it says a request needs is what the
 * routes need, what they answer is documented, and query parameters read
 * as typed. Driven by the contract, so a new operation without a row below
 * fails.
 */

type Schema = {
  $ref?: string;
  type?: string;
  required?: string[];
  properties?: Record<string, Schema>;
  if?: Condition;
  then?: Schema;
  else?: Schema;
  /** Fields of which a body gives one at least (checked by the route). */
  'x-at-least-one-of'?: string[];
};
/** The conditions the contract's `if`s use. */
type Condition = {
  required?: string[];
  properties?: Record<string, { const?: unknown }>;
  anyOf?: Condition[];
};
type Parameter = {
  $ref?: string;
  name: string;
  in: string;
  required?: boolean;
  allowReserved?: boolean;
};
type Operation = {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, unknown>;
};

const contract = spec as unknown as {
  paths: Record<string, Record<string, Operation>>;
};

/** The node a reference names, following references to references. */
function resolve<T extends { $ref?: string }>(node: T): T {
  if (!node.$ref) return node;
  return resolve(
    node.$ref
      .split('/')
      .slice(1)
      .reduce((at: any, key) => at[key], spec) as T,
  );
}

const operations = Object.entries(contract.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ path, method, op })),
);

function bodySchemaOf(op: Operation): Schema | undefined {
  const schema = op.requestBody?.content['application/json']?.schema;
  return schema && resolve(schema);
}

function holds(condition: Condition, body: Record<string, unknown>): boolean {
  return (
    (condition.required ?? []).every(field => field in body) &&
    Object.entries(condition.properties ?? {}).every(
      ([field, { const: value }]) => !(field in body) || body[field] === value,
    ) &&
    (!condition.anyOf || condition.anyOf.some(c => holds(c, body)))
  );
}

/**
 * The fields the schema requires of this body: its own, its `if` branch's,
 * and the first it gives of those it needs one at least of.
 */
function requiredOf(schema: Schema, body: Record<string, unknown>): string[] {
  let branch: Schema | undefined;
  if (schema.if) branch = holds(schema.if, body) ? schema.then : schema.else;
  const choice = schema['x-at-least-one-of']?.find(field => field in body);
  return [
    ...(schema.required ?? []),
    ...(branch?.required ?? []),
    ...(choice ? [choice] : []),
  ];
}

/** The record each path's `{id}` stands for (made before the rows run). */
const recordOf: Record<string, string> = {
  incidents: 'INC-1',
  problems: 'PRB-1',
  changes: 'CHG-1',
  releases: 'REL-1',
  risks: 'RSK-1',
  'business-impact-analyses': 'BIA-1',
  'continuity-plans': 'CP-1',
  exercises: 'EX-1',
  trainings: 'TRN-1',
};

/** Query each operation needs besides the entity ref. */
const otherQuery: Record<string, string> = {
  GetChangeCalendar: '&from=2026-12-01T00:00:00Z&to=2026-12-31T00:00:00Z',
  ProposeReleaseWindow: '&durationMinutes=60',
};

/** What each operation answered in these tests. */
const answered = new Map<string, Set<number>>();

let server: Server;
const send = (method: string, path: string, body?: object) => {
  const call = (request(server) as any)
    [method](`/api/itsm${path}`)
    .set('Authorization', rita);
  return (body ? call.send(body) : call) as request.Test;
};
const note = (operationId: string, status: number) =>
  answered.set(
    operationId,
    (answered.get(operationId) ?? new Set()).add(status),
  );

async function versionOf(path: string): Promise<number> {
  const [, collection, id] = path.split('/');
  const res = await send('get', `/${collection}/${id}`);
  return res.body.version;
}

beforeAll(async () => {
  ({ server } = await startReleaseBackend({
    sla: {
      agreements: [
        {
          id: 'gold',
          name: 'Gold',
          entities: [checkout],
          objectives: { P2: { response: '30m', restore: '4h' } },
        },
      ],
    },
  }));
  const made = await Promise.all([
    send('post', '/incidents', {
      title: 'Checkout fails',
      description: 'HTTP 500',
      entityRefs: [checkout],
      priority: 'P2',
    }),
    send('post', '/problems', minimalBodies.CreateProblem),
    send('post', '/changes', minimalBodies.CreateChange),
    send('post', '/releases', aRelease),
    send('post', '/risks', minimalBodies.CreateRisk),
    send(
      'post',
      '/business-impact-analyses',
      minimalBodies.CreateBusinessImpactAnalysis,
    ),
    send('post', '/continuity-plans', minimalBodies.CreateContinuityPlan),
    send('post', '/exercises', minimalBodies.CreateExercise),
  ]);
  const refs = made.map(r => r.body.ref).join(' ');
  if (refs !== 'INC-1 PRB-1 CHG-1 REL-1 RSK-1 BIA-1 CP-1 EX-1') {
    throw new Error(`The records of the rows were not made: ${refs}`);
  }
  const training = await send('post', '/trainings', {
    ...(minimalBodies.CreateTrainingSession as RefusedValue).body,
    process: 'incidents',
    attendees: ['group:default/payments-team'],
  });
  if (training.body.ref !== 'TRN-1') {
    throw new Error(`The training session was not made: ${training.status}`);
  }
});

describe('the contract', () => {
  const withBody = operations.filter(({ op }) => bodySchemaOf(op));

  it.each(withBody.map(o => [o.op.operationId, o]))(
    '%s: a body of the required fields is taken, and each one left out is named',
    async (_, { path, method, op }) => {
      const entry = minimalBodies[op.operationId];
      expect(entry).toBeDefined(); // add a row for a new operation
      if ('skip' in entry) return;
      const row =
        'refusedValue' in entry
          ? (entry as RefusedValue).body
          : (entry as Record<string, unknown>);
      const schema = bodySchemaOf(op)!;
      const required = requiredOf(schema, row);
      expect(Object.keys(row).sort()).toEqual([...required].sort());

      const concrete = path.replace(
        '{id}',
        recordOf[path.split('/')[1]] ?? 'none',
      );
      const body = { ...row };
      if (body.version === CURRENT) body.version = await versionOf(concrete);
      if (op.operationId === 'BulkAssignIncidents') {
        body.items = [
          { id: 'INC-1', version: await versionOf('/incidents/INC-1') },
        ];
      }
      const res = await send(method, concrete, body);
      note(op.operationId, res.status);
      // Another refusal (403, 404, 409: the record's state) is fine here,
      // and a 400 for a value where the row says why.
      const answer = `${res.status} ${res.body.error?.message ?? ''}`;
      expect(answer).not.toMatch(
        'refusedValue' in entry ? /^(400 .*required|500 )/ : /^(400|500) /,
      );

      if (row.version === CURRENT) body.version = await versionOf(concrete);
      for (const field of required) {
        const { [field]: _left, ...without } = body;
        const refused = await send(method, concrete, without);
        note(op.operationId, refused.status);
        expect(refused.status).toBe(400);
        expect(refused.body.error.message).toContain(field);
      }
    },
  );

  it.each(
    operations
      .filter(({ path }) => path !== '/health')
      .map(o => [o.op.operationId, o]),
  )(
    '%s documents 400, 401 and 403, 404 where it takes an id, 409 where it takes a version',
    (_, { path, op }) => {
      const needed = [
        '400',
        '401',
        '403',
        ...(path.includes('{') ? ['404'] : []),
        ...(bodySchemaOf(op)?.properties?.version ? ['409'] : []),
      ];
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(needed));
    },
  );

  it('takes reserved characters unencoded in every query parameter', () => {
    const refusing = operations.flatMap(({ op }) =>
      (op.parameters ?? [])
        .map(resolve)
        .filter(p => p.in === 'query' && !p.allowReserved)
        .map(p => `${op.operationId} ${p.name}`),
    );
    expect(refusing).toEqual([]);
  });

  it.each(
    operations
      .filter(
        ({ method, op }) =>
          method === 'get' &&
          (op.parameters ?? []).map(resolve).some(p => p.name === 'entityRef'),
      )
      .map(o => [o.path, o]),
  )(
    'GET %s takes ?entityRef=component:default/x as typed',
    async (path, { op }) => {
      const res = await send(
        'get',
        `${path}?entityRef=${checkout}${otherQuery[op.operationId] ?? ''}`,
      );
      note(op.operationId, res.status);
      expect({ status: res.status, message: res.body.error?.message }).toEqual({
        status: 200,
        message: undefined,
      });
    },
  );

  it('documents every status the routes answered here', () => {
    const undocumented = operations.flatMap(({ op }) =>
      [...(answered.get(op.operationId) ?? [])]
        .filter(status => !(String(status) in op.responses))
        .map(status => `${op.operationId} ${status}`),
    );
    expect(undocumented).toEqual([]);
  });
});

describe('refused moves', () => {
  let releases = 0;
  /** A new record of each type, in its first state. */
  const fresh: Record<string, () => Promise<{ ref: string; version: number }>> =
    {
      incidents: async () =>
        (
          await send('post', '/incidents', {
            ...minimalBodies.CreateIncident,
          })
        ).body,
      problems: async () =>
        (await send('post', '/problems', minimalBodies.CreateProblem)).body,
      changes: async () =>
        (await send('post', '/changes', minimalBodies.CreateChange)).body,
      releases: async () =>
        (
          await send('post', '/releases', {
            ...aRelease,
            releaseVersion: `3.0.${++releases}`,
          })
        ).body,
      exercises: async () =>
        (await send('post', '/exercises', minimalBodies.CreateExercise)).body,
    };

  it.each([
    // [collection, a move its first state forbids, a move lacking a field]
    ['incidents', { action: 'reopen', reason: 'x' }, { action: 'cancel' }],
    ['problems', { action: 'close', verification: 'x' }, { action: 'cancel' }],
    ['changes', { action: 'start' }, { action: 'cancel' }],
    ['releases', { action: 'start_rollout' }, { action: 'cancel' }],
    [
      'exercises',
      { action: 'complete', result: 'passed' },
      { action: 'cancel' },
    ],
  ])(
    '%s: 409 for a move the state forbids, 400 naming the field a move lacks',
    async (collection, forbidden, lacking) => {
      const { ref, version } = await fresh[collection]();
      const move = (body: object) =>
        send('post', `/${collection}/${ref}/transitions`, {
          version,
          ...body,
        });

      const refused = await move(forbidden);
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toMatch(/^Cannot /);
      expect(refused.body.current).toBeUndefined(); // not a stale version

      const malformed = await move(lacking);
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.message).toBe('reason is required to cancel');

      const stale = await move({ action: 'cancel', reason: 'x', version: 99 });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ ref, version });
    },
  );

  it.each(['problems', 'changes', 'releases'])(
    '%s: 409 for an approval of a record not awaiting one, 400 without a decision',
    async collection => {
      const { ref } = await fresh[collection]();
      const early = await send('post', `/${collection}/${ref}/approvals`, {
        decision: 'approve',
      });
      expect(early.status).toBe(409);
      expect(early.body.error.message).toMatch(/is not awaiting approval/);
      const undecided = await send(
        'post',
        `/${collection}/${ref}/approvals`,
        {},
      );
      expect(undecided.status).toBe(400);
      expect(undecided.body.error.message).toMatch(/decision/);
    },
  );
});
