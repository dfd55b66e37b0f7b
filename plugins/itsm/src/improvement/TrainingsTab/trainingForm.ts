import {
  CreateTrainingSessionRequest,
  TrainingProcess,
} from '@backstage-itsm/plugin-itsm-common';

const lines = (text: string | undefined) =>
  (text ?? '')
    .split(/[\n,]/)
    .map(line => line.trim())
    .filter(Boolean);

/**
 * The request of the "Plan a session" form: attendees one per line (or
 * comma-separated), material one per line as `Title | https://...` (a bare
 * address is its own title); the time from the browser's local input.
 */
export function trainingRequestOf(
  values: Record<string, string>,
): CreateTrainingSessionRequest {
  const materials = (values.materials ?? '')
    .split('\n')
    .map(line => line.trim())
    .filter(Boolean)
    .map(line => {
      const bar = line.lastIndexOf('|');
      const url = (bar >= 0 ? line.slice(bar + 1) : line).trim();
      const title = (bar >= 0 ? line.slice(0, bar) : line).trim() || url;
      return { title, url };
    });
  const scheduled = values.scheduledAt?.trim();
  return {
    title: values.title.trim(),
    description: values.description?.trim() ?? '',
    entityRefs: [],
    process: values.process as TrainingProcess,
    attendees: lines(values.attendees),
    ...(scheduled ? { scheduledAt: new Date(scheduled).toISOString() } : {}),
    ...(materials.length ? { materials } : {}),
  };
}
