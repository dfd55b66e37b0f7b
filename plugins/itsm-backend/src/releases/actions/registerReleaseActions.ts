import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { StoredRecord } from '../../core/database/RecordStore';
import { RecordService } from '../../core/services/RecordService';
import { ReleasePackageService } from '../services/ReleasePackageService';

/** What an action answers about a release. */
function summary(release: StoredRecord) {
  return {
    ref: release.ref,
    state: release.state,
    releaseVersion: String(release.fields.releaseVersion),
    entityRef: String(release.fields.entityRef),
  };
}

/**
 * Registers the release actions in Backstage's actions registry, so that
 * scaffolder templates, pipelines and agents can plan releases, move them
 * through their workflow and report rollout phases. Each runs as its
 * caller, through the same permission-checked record service as the API.
 */
export function registerReleaseActions(
  registry: ActionsRegistryService,
  deps: { records: RecordService; packages: ReleasePackageService },
): void {
  const { records, packages } = deps;
  const releaseSummary = (zod: any) =>
    zod.object({
      ref: zod.string().describe('The release, e.g. REL-4'),
      state: zod.string().describe('Its workflow state'),
      releaseVersion: zod.string(),
      entityRef: zod.string(),
    });

  registry.register({
    name: 'create-release',
    title: 'Plan a release',
    description:
      'Plans a release of a component (or of a system and its components) with its version, goals, window and risk answers. The version must be new for the entity.',
    schema: {
      input: zod =>
        zod.object({
          entityRefs: zod
            .array(zod.string())
            .min(1)
            .describe(
              'The component, or the system followed by its components',
            ),
          title: zod.string().min(1),
          description: zod.string().optional(),
          releaseVersion: zod.string().describe('e.g. 2.4.1 or 2026.12.1'),
          goals: zod
            .array(zod.enum(['business', 'optimisation', 'fix']))
            .min(1),
          window: zod.object({
            start: zod.string().describe('ISO 8601 date and time'),
            end: zod.string(),
          }),
          phases: zod.array(zod.string()).optional(),
          riskAnswers: zod
            .record(zod.string())
            .describe('Answers to the risk questionnaire, by question id'),
        }),
      output: releaseSummary,
    },
    action: async ({ input, credentials }) => {
      const { record } = await records.create(
        'release',
        {
          title: input.title,
          description: input.description ?? '',
          entityRefs: input.entityRefs,
          releaseVersion: input.releaseVersion,
          goals: input.goals,
          window: input.window,
          ...(input.phases ? { phases: input.phases } : {}),
          risk: { answers: input.riskAnswers },
        },
        { credentials },
      );
      return { output: summary(record) };
    },
  });

  registry.register({
    name: 'advance-release',
    title: 'Move a release on',
    description:
      'Makes a move of the release workflow (request_approval, sign_off, start_rollout, complete_rollout, confirm, rollback, cancel) on the release as it is now.',
    schema: {
      input: zod =>
        zod.object({
          ref: zod.string().describe('The release, e.g. REL-4'),
          action: zod.string(),
          reason: zod.string().optional(),
          comment: zod.string().optional(),
          outcome: zod.string().optional(),
          confirmation: zod.string().optional(),
        }),
      output: releaseSummary,
    },
    action: async ({ input, credentials }) => {
      const { ref, ...move } = input;
      const current = await records.get('release', ref, { credentials });
      const record = await records.transition(
        'release',
        ref,
        { ...move, version: current.version },
        { credentials },
      );
      return { output: summary(record) };
    },
  });

  registry.register({
    name: 'report-release-phase',
    title: 'Report a rollout phase',
    description:
      "Reports that one of a release's rollout phases started (in_progress), succeeded or failed.",
    schema: {
      input: zod =>
        zod.object({
          ref: zod.string(),
          phase: zod.string(),
          status: zod.enum(['in_progress', 'succeeded', 'failed']),
          note: zod.string().optional(),
        }),
      output: releaseSummary,
    },
    action: async ({ input, credentials }) => {
      const { ref, ...report } = input;
      const record = await packages.reportPhase(ref, report, { credentials });
      return { output: summary(record) };
    },
  });
}
