import {
  SecurityBackend,
  SPARE_SERVICES,
  spareService,
} from './startSecurityBackend';

export type Made = { ref: string; id: string; version: number };

const riskAnswers = {
  customerFacing: 'no',
  downtime: 'no',
  data: 'no',
  untested: 'no',
  noBackout: 'no',
  reach: 'none',
};
const checkout = 'component:default/checkout-service';

export const bodies = {
  incident: {
    title: 'Checkout times out',
    description: 'Payments time out',
    entityRefs: [checkout],
    priority: 'P3',
    assignmentGroup: 'group:default/platform-team',
  },
  problem: {
    title: 'Checkout times out under load',
    description: 'Three incidents this week',
    entityRefs: [checkout],
    category: 'software',
    impact: 'high',
    urgency: 'medium',
  },
  change: {
    title: 'Upgrade checkout to Node 22',
    description: 'New base image',
    entityRefs: [checkout],
    model: 'normal',
    changeType: 'system',
    reason: 'Node 20 leaves support',
    window: { start: '2026-12-02T20:00:00Z', end: '2026-12-02T22:00:00Z' },
    plan: [{ title: 'Roll out' }],
    backoutPlan: 'Previous tag',
    testPlan: 'Smoke test',
    risk: { answers: riskAnswers },
  },
  release: {
    title: 'Checkout 2.4.1',
    description: 'Tariff rounding fix',
    entityRefs: [checkout],
    goals: ['fix'],
    window: { start: '2026-12-08T20:00:00Z', end: '2026-12-08T22:00:00Z' },
    risk: { answers: riskAnswers },
  },
  riskAnswers,
  risk: {
    title: 'Single database host for checkout',
    description: 'One host, no replica',
    entityRefs: [checkout],
    area: 'hardware',
  },
  /**
   * An entity has one analysis at a time: `bodyOf('impactAnalysis')` gives
   * each new one a service of its own.
   */
  impactAnalysis: {
    title: 'Checkout',
    description: 'What an outage of checkout costs',
    entityRefs: [checkout],
  },
  continuityPlan: {
    title: 'Checkout continuity plan',
    description: 'Fail over to the second site',
    entityRefs: [checkout],
  },
  /** A drill that leaves the service running: no change request. */
  exercise: {
    title: 'Tabletop: checkout lost',
    description: 'Quarterly tabletop drill',
    entityRefs: [checkout],
    kind: 'tabletop',
  },
  improvement: {
    title: 'Runbook for checkout timeouts',
    description: 'The desk escalates every checkout timeout',
    entityRefs: [checkout],
  },
  training: {
    title: 'Problem management for L2',
    description: 'Root cause methods',
    entityRefs: [checkout],
    process: 'problems',
  },
  /**
   * A drill that interrupts service: it raises a change request, so it
   * needs its window and the change's risk answers.
   */
  failoverExercise: {
    title: 'Fail over checkout',
    description: 'Quarterly failover drill',
    entityRefs: [checkout],
    kind: 'failover',
    window: { start: '2026-12-12T20:00:00Z', end: '2026-12-12T22:00:00Z' },
    risk: { answers: riskAnswers },
  },
  /**
   * What a plan is submitted with (§9.2.2(3), (4)): a measure owned by the
   * checkout team and a step of its procedure.
   */
  planContent: {
    measures: [
      {
        phase: 'prevention',
        title: 'Replicate the checkout database to the second site',
        owner: 'group:default/platform-team',
        dueDate: '2027-01-31',
      },
    ],
    procedure: [
      {
        title: 'Fail checkout over to the second site',
        role: 'group:default/platform-team',
        expectedMinutes: 30,
      },
    ],
  },
};

/** The continuity record types (chapter 9), by the collection they are in. */
export const continuityCollections = {
  risk: 'risks',
  impactAnalysis: 'business-impact-analyses',
  continuityPlan: 'continuity-plans',
  exercise: 'exercises',
} as const;
export type ContinuityKind = keyof typeof continuityCollections;

let releases = 0;

/**
 * Records in the states the matrix needs, reported by the reporter and
 * moved on by the worker, so each cell works on a record of its own.
 */
export function recordsInState({ call }: SecurityBackend) {
  async function ok(res: Promise<any>, what: string): Promise<any> {
    const r = await res;
    if (r.status >= 300) {
      throw new Error(
        `${what}: ${r.status} ${JSON.stringify(r.body?.error ?? r.body)}`,
      );
    }
    return r.body;
  }
  const made = (b: any): Made => ({ ref: b.ref, id: b.id, version: b.version });
  let spares = 0;

  /**
   * The body of a new continuity record of the kind: an analysis on a
   * service with none yet (an entity has one at a time; a second answers
   * 409), the others as in `bodies`.
   */
  function bodyOf(kind: ContinuityKind): Record<string, unknown> {
    if (kind !== 'impactAnalysis') return bodies[kind];
    if (spares === SPARE_SERVICES) {
      throw new Error(`More than ${SPARE_SERVICES} analyses: add services`);
    }
    const entityRef = spareService(++spares);
    return {
      ...bodies.impactAnalysis,
      title: entityRef.split('/')[1],
      entityRefs: [entityRef],
    };
  }
  const moveAs =
    (type: string) =>
    async (
      who: 'reporter' | 'worker' | 'colleague',
      r: Made,
      action: string,
      body = {},
    ) =>
      made(
        await ok(
          call(who, 'post', `/${type}/${r.ref}/transitions`, {
            action,
            version: r.version,
            ...body,
          }),
          `${type} ${action}`,
        ),
      );

  async function incident(
    state:
      | 'new'
      | 'p1'
      | 'resolved'
      | 'raise-requested'
      | 'major-resolved' = 'new',
  ): Promise<Made> {
    const move = moveAs('incidents');
    let r = made(
      await ok(
        call('reporter', 'post', '/incidents', {
          ...bodies.incident,
          priority: ['p1', 'major-resolved'].includes(state) ? 'P1' : 'P3',
        }),
        'report an incident',
      ),
    );
    if (state === 'raise-requested') {
      r = made(
        await ok(
          call('worker', 'post', `/incidents/${r.ref}/priority-requests`, {
            version: r.version,
            priority: 'P2',
            reason: 'Spreading',
          }),
          'request a priority',
        ),
      );
    }
    if (state === 'major-resolved') {
      r = made(
        await ok(
          call('worker', 'post', `/incidents/${r.ref}/major`, {
            version: r.version,
            reason: 'Revenue loss',
          }),
          'declare major',
        ),
      );
    }
    if (state === 'resolved' || state === 'major-resolved') {
      r = await move('worker', r, 'resolve', {
        resolution: 'Rolled back',
        cause: 'Bad release',
        verification: 'Payments go through',
      });
    }
    return r;
  }

  async function problem(
    state: 'new' | 'investigating' | 'awaiting-approval' | 'fix' = 'new',
  ): Promise<Made> {
    const move = moveAs('problems');
    let r = made(
      await ok(
        call('reporter', 'post', '/problems', bodies.problem),
        'problem',
      ),
    );
    if (state === 'new') return r;
    r = await move('worker', r, 'investigate');
    if (state === 'investigating') return r;
    r = made(
      await ok(
        call('worker', 'put', `/problems/${r.ref}/analysis`, {
          version: r.version,
          rootCause: {
            method: 'five_whys',
            whys: ['Payments time out', 'The pool is too small'],
            cause: 'The connection pool was halved in 1.4.2',
          },
          workaround: 'Restart the pods',
        }),
        'analysis',
      ),
    );
    // The worker leads the team, so approves; a colleague proposes.
    r = await move('colleague', r, 'propose_solution', {
      solution: {
        description: 'Restore the pool size',
        expectedEffect: 'No more timeouts',
      },
    });
    if (state === 'awaiting-approval') return r;
    return made(
      await ok(
        call('worker', 'post', `/problems/${r.ref}/approvals`, {
          decision: 'approve',
        }),
        'approve the solution',
      ),
    );
  }

  async function change(
    state: 'draft' | 'awaiting-approval' | 'implementing' | 'now' = 'draft',
  ): Promise<Made> {
    const move = moveAs('changes');
    if (state === 'now') {
      const hour = 3_600_000;
      const at = (ms: number) => new Date(Date.now() + ms).toISOString();
      return made(
        await ok(
          call('reporter', 'post', '/changes', {
            ...bodies.change,
            window: { start: at(-hour), end: at(hour) },
          }),
          'change in its window',
        ),
      );
    }
    if (state === 'implementing') {
      let r = made(
        await ok(
          call('reporter', 'post', '/changes', {
            ...bodies.change,
            model: 'standard',
            template: 'restart-pod',
            changeType: undefined,
            risk: undefined,
          }),
          'standard change',
        ),
      );
      r = await move('reporter', r, 'submit');
      return move('worker', r, 'start');
    }
    let r = made(
      await ok(call('reporter', 'post', '/changes', bodies.change), 'change'),
    );
    if (state === 'draft') return r;
    r = await move('reporter', r, 'submit');
    r = await move('worker', r, 'accept');
    r = await move('worker', r, 'assess', { assessment: 'Fine' });
    return move('worker', r, 'request_approval');
  }

  async function release(
    state:
      | 'planned'
      | 'awaiting-approval'
      | 'approved'
      | 'signed-off'
      | 'rolling-out' = 'planned',
  ): Promise<Made> {
    const move = moveAs('releases');
    releases += 1;
    let r = made(
      await ok(
        call('reporter', 'post', '/releases', {
          ...bodies.release,
          releaseVersion: `2.${releases}.0`,
        }),
        'release',
      ),
    );
    if (state === 'planned') return r;
    r = await move('reporter', r, 'request_approval');
    if (state === 'awaiting-approval') return r;
    r = made(
      await ok(
        call('worker', 'post', `/releases/${r.ref}/approvals`, {
          decision: 'approve',
        }),
        'approve the release',
      ),
    );
    if (state === 'approved') return r;
    for (const kind of ['function', 'performance', 'compatibility']) {
      r = made(
        await ok(
          call('worker', 'post', `/releases/${r.ref}/verifications`, {
            version: r.version,
            kind,
            item: `${kind} suite`,
            result: 'pass',
          }),
          'verify',
        ),
      );
    }
    // The reporter planned it; a colleague audits its package.
    r = await move('colleague', r, 'sign_off', { comment: 'Checked' });
    if (state === 'signed-off') return r;
    for (const check of ['environment', 'backup', 'notified']) {
      r = made(
        await ok(
          call('worker', 'post', `/releases/${r.ref}/pre-release`, {
            version: r.version,
            check,
          }),
          'pre-release check',
        ),
      );
    }
    return move('worker', r, 'start_rollout', {
      rolloutOverride: 'Outside its window, with no change request',
    });
  }

  /**
   * A continuity record, recorded by the worker (a continuity manager) and
   * owned by the checkout service's team, the worker's: new, as recorded.
   */
  async function continuity(kind: ContinuityKind): Promise<Made> {
    return made(
      await ok(
        call('worker', 'post', `/${continuityCollections[kind]}`, bodyOf(kind)),
        `record a ${kind}`,
      ),
    );
  }

  /**
   * A continuity plan of checkout, recorded by the worker and owned by the
   * checkout team: with its content (a measure, a procedure step) written
   * by the colleague, a service desk agent, who submits it for review; the
   * worker, of the owning team and a continuity manager, approves it. So
   * segregation of duties lets the worker decide.
   */
  async function continuityPlan(
    state: 'draft' | 'in-review' | 'approved' = 'draft',
  ): Promise<Made & { measureId: string }> {
    const move = moveAs('continuity-plans');
    const recorded = await continuity('continuityPlan');
    const edited = await ok(
      call('colleague', 'put', `/continuity-plans/${recorded.ref}/content`, {
        version: recorded.version,
        ...bodies.planContent,
      }),
      'write the plan',
    );
    const measureId: string = edited.measures[0].id;
    let r = made(edited);
    if (state === 'draft') return { ...r, measureId };
    r = await move('colleague', r, 'submit');
    if (state === 'in-review') return { ...r, measureId };
    const approved = await ok(
      call('worker', 'post', `/continuity-plans/${r.ref}/approvals`, {
        decision: 'approve',
      }),
      'approve the plan',
    );
    if (approved.state !== 'approved') {
      throw new Error(`${r.ref} was not approved: ${approved.state}`);
    }
    return { ...made(approved), measureId };
  }

  /**
   * An improvement item on checkout proposed by the reporter; approved by
   * the worker (an improvement manager who did not propose it) when asked.
   */
  async function improvement(
    state: 'proposed' | 'approved' = 'proposed',
  ): Promise<Made> {
    const proposed = made(
      await ok(
        call('reporter', 'post', '/improvements', bodies.improvement),
        'propose an improvement',
      ),
    );
    if (state === 'proposed') return proposed;
    return made(
      await ok(
        call('worker', 'post', `/improvements/${proposed.ref}/approvals`, {
          decision: 'approve',
        }),
        'approve the improvement',
      ),
    );
  }

  /** A training session on checkout, planned by the worker. */
  async function training(): Promise<Made> {
    return made(
      await ok(
        call('worker', 'post', '/trainings', bodies.training),
        'plan a training session',
      ),
    );
  }

  /** A planned tabletop exercise on checkout, owned by its team. */
  async function exercise(): Promise<Made> {
    return made(
      await ok(
        call('worker', 'post', '/exercises', bodies.exercise),
        'exercise',
      ),
    );
  }

  return {
    incident,
    problem,
    change,
    release,
    bodyOf,
    continuity,
    continuityPlan,
    exercise,
    improvement,
    training,
  };
}
