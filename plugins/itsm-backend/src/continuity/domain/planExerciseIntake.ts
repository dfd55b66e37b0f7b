import { exerciseKindLabels } from '@backstage-itsm/plugin-itsm-common';
import { planWindow } from '../../changes';
import { oneOf } from '../../core/domain/intakeChecks';
import { ExerciseInput, planExerciseFields } from './planExerciseFields';

/** What a new exercise says, with what ExercisePlanning adds to it. */
export type ExerciseIntakeInput = ExerciseInput & {
  kind?: string;
  /** The change request raised for a drill that interrupts service. */
  changeRequest?: string;
  window?: { start?: string; end?: string };
};

/**
 * A new exercise's own fields (§9.3): its kind, scope, participants and
 * scenario, and, for a drill that interrupts service, the change request
 * ExercisePlanning raised for it with the change's window.
 */
export function planExerciseIntake(input: ExerciseIntakeInput) {
  const fields: Record<string, unknown> = {
    kind: oneOf(input.kind, exerciseKindLabels, 'kind'),
    ...planExerciseFields(input),
  };
  if (!input.changeRequest) return { fields };
  fields.changeRequest = input.changeRequest;
  return { fields, window: planWindow(input.window) };
}
