import { ContinuityMeasure } from '@backstage-itsm/plugin-itsm-common';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { PlannedChange, StoredRecord } from '../../core/model/recordModel';

/**
 * Ticks a plan's measure done (who, when) or open again (§9.2.2(3)), in
 * any state but retired: measures are carried out while the plan is in
 * force. The caller's right to (an owner of the plan or of the measure)
 * is the service's; here the measure and the state.
 */
export function planMeasureTick(options: {
  record: StoredRecord;
  measureId: string;
  done: boolean;
  actor: string;
  now: string;
}): PlannedChange {
  const { record, measureId, done, actor, now } = options;
  if (record.state === 'retired') {
    throw new ConflictError(
      `${record.ref} is retired, so its measures can no longer be ticked`,
    );
  }
  const measures = (record.fields.measures ?? []) as ContinuityMeasure[];
  const measure = measures.find(m => m.id === measureId);
  if (!measure) {
    throw new NotFoundError(`${record.ref} has no measure '${measureId}'`);
  }
  const ticked = measures.map(m => {
    if (m.id !== measureId) return m;
    const { doneBy: _by, doneAt: _at, ...open } = m;
    return done ? { ...open, doneBy: actor, doneAt: now } : open;
  });
  const state = (m: ContinuityMeasure) =>
    `${m.title}: ${m.doneAt ? 'done' : 'open'}`;
  return {
    expectedState: record.state,
    set: { fields: { ...record.fields, measures: ticked } },
    event: {
      kind: 'updated',
      actor,
      data: {
        changes: [
          {
            field: 'measures',
            from: state(measure),
            to: state(ticked.find(m => m.id === measureId)!),
          },
        ],
      },
    },
  };
}

/** Whether the user owns the measure: it names them or one of their groups. */
export function ownsMeasure(
  record: StoredRecord,
  measureId: string,
  claims: readonly string[],
): boolean {
  const measures = (record.fields.measures ?? []) as ContinuityMeasure[];
  const owner = measures.find(m => m.id === measureId)?.owner;
  return owner !== undefined && claims.includes(owner);
}
