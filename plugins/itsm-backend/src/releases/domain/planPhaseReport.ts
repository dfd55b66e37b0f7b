import {
  phaseStatusLabels,
  ReleasePhase,
} from '@backstage-itsm/plugin-itsm-common';
import { InputError } from '@backstage/errors';
import { StoredRecord } from '../../core/model/recordModel';
import { oneOf } from '../../core/domain/intakeChecks';
import { ReleaseEdit, releaseEdit, requireReleaseState } from './releaseEdit';

/**
 * A rollout phase started, succeeded or failed (§7.3), as a release
 * manager or a pipeline reports it, while the release rolls out. A failed
 * phase may be started again after a fix.
 */
export function planPhaseReport(options: {
  record: StoredRecord;
  input: { phase?: string; status?: string; note?: string };
  actor: string;
  now: string;
}): ReleaseEdit {
  const { record, input, actor, now } = options;
  requireReleaseState(record, ['rolling_out'], 'Phases are reported');
  const phases = (record.fields.phases ?? []) as ReleasePhase[];
  const index = phases.findIndex(p => p.name === input.phase);
  if (index < 0) {
    throw new InputError(
      `phase must be one of ${record.ref}'s phases: ${phases
        .map(p => p.name)
        .join(', ')}`,
    );
  }
  const status = oneOf(
    input.status,
    {
      in_progress: phaseStatusLabels.in_progress,
      succeeded: phaseStatusLabels.succeeded,
      failed: phaseStatusLabels.failed,
    },
    'status',
  );
  const phase = phases[index];
  const note = input.note?.trim();
  const updated: ReleasePhase = {
    name: phase.name,
    status,
    startedAt: status === 'in_progress' ? now : phase.startedAt ?? now,
    ...(status === 'in_progress' ? {} : { finishedAt: now }),
    ...(note ? { note } : {}),
    by: actor,
  };
  return releaseEdit(record, {
    field: 'phases',
    value: phases.map((p, i) => (i === index ? updated : p)),
    change: {
      field: `phase ${phase.name}`,
      from: phase.status,
      to: status,
    },
    actor,
  });
}
