import { RecoveryRunStep } from '@backstage-itsm/plugin-itsm-common';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';

/** What a tick of a run's step says: started, or done. */
export type RunStepStatus = 'started' | 'done';

/**
 * A run's checklist with one step stamped started or done by the actor
 * (done stamps its start too when it had none). A step done is done: a
 * second tick is a 409, so the measured time cannot be rewritten.
 */
export function planRunStep(options: {
  steps: readonly RecoveryRunStep[];
  stepId: string;
  status: string | undefined;
  actor: string;
  now: string;
  /** The run, in words, for the messages: `EX-4` or `CP-3 on INC-9`. */
  run: string;
}): { steps: RecoveryRunStep[]; step: RecoveryRunStep } {
  const { steps, stepId, status, actor, now, run } = options;
  if (status !== 'started' && status !== 'done') {
    throw new InputError('status must be started or done');
  }
  const index = steps.findIndex(s => s.id === stepId);
  if (index < 0) {
    throw new NotFoundError(`${run} has no step ${stepId}`);
  }
  const current = steps[index];
  if (current.doneAt) {
    throw new ConflictError(
      `Step '${current.title}' of ${run} is done already`,
    );
  }
  if (status === 'started' && current.startedAt) {
    throw new ConflictError(
      `Step '${current.title}' of ${run} was started already`,
    );
  }
  const step: RecoveryRunStep = {
    ...current,
    startedAt: current.startedAt ?? now,
    ...(status === 'done' ? { doneAt: now } : {}),
    by: actor,
  };
  const next = [...steps];
  next[index] = step;
  return { steps: next, step };
}
