import { trainingProcessLabels } from '@backstage-itsm/plugin-itsm-common';
import { InputError } from '@backstage/errors';
import { TrainingIntakeInput } from './improvementIntakeInput';

/**
 * The fields of a new training session besides its attendees (§10.2.3):
 * the process it trains (required, one of the catalogue's), when it is held
 * (a date and time, when known) and its material (runbooks and the like,
 * each an http(s) address with a title). A bad value is a 400 naming the
 * field. The attendees are checked against the catalog by the service.
 */
export function planTrainingIntake(input: TrainingIntakeInput): {
  fields: Record<string, unknown>;
} {
  if (!input.process) {
    throw new InputError('process must name the process the session trains');
  }
  if (!(input.process in trainingProcessLabels)) {
    throw new InputError(`process '${input.process}' is not a process`);
  }
  if (!input.attendees?.length) {
    throw new InputError('attendees must name at least one user or group');
  }
  const fields: Record<string, unknown> = { process: input.process };
  if (input.scheduledAt !== undefined) {
    const time = Date.parse(input.scheduledAt);
    if (Number.isNaN(time)) {
      throw new InputError(
        `scheduledAt '${input.scheduledAt}' is not a date and time`,
      );
    }
    fields.scheduledAt = new Date(time).toISOString();
  }
  if (input.materials?.length) {
    fields.materials = input.materials.map((material, i) => {
      let url: URL | undefined;
      try {
        url = new URL(material.url);
      } catch {
        url = undefined;
      }
      if (!url || !['http:', 'https:'].includes(url.protocol)) {
        throw new InputError(
          `materials[${i}].url '${material.url}' is not an http(s) address`,
        );
      }
      const title = material.title.trim();
      if (!title) throw new InputError(`materials[${i}].title is empty`);
      return { title, url: url.toString() };
    });
  }
  return { fields };
}
