import {
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { EntityLookup } from '../core/catalog/EntityLookup';
import { ProcessModule } from '../core/modules/ProcessModule';
import { RequestContext } from '../core/services/RecordService';
import { improvementMoveFields } from './domain/improvementMoveFields';
import { IndicatorReader } from './indicators/IndicatorComputation';
import {
  presentImprovement,
  presentTraining,
} from './router/improvementPresenters';
import { ImprovementBaseline } from './services/ImprovementBaseline';
import { ImprovementIntake } from './services/ImprovementIntake';
import { ImprovementItemPlanner } from './services/ImprovementItemPlanner';
import { ImprovementSettings } from './services/readImprovementSettings';
import { TrainingSessions } from './services/TrainingSessions';

/**
 * Continual improvement's two record types as the record core runs them:
 * each type's intake, edit and move planners. The module registers them
 * on the plugin's own.
 */
export function improvementRecordTypes(deps: {
  permissions: PermissionsService;
  entities: EntityLookup;
  settings: ImprovementSettings;
  indicators?: IndicatorReader;
  logger?: LoggerService;
  leadOf: (group: string, ctx: RequestContext) => Promise<string | undefined>;
}) {
  const intake = new ImprovementIntake(deps.permissions, deps.entities);
  const items = new ImprovementItemPlanner({
    intake,
    entities: deps.entities,
    baseline: new ImprovementBaseline({
      indicators: deps.indicators,
      logger: deps.logger,
    }),
    settings: deps.settings,
    leadOf: deps.leadOf,
  });
  const trainings = new TrainingSessions(deps.entities);
  const recordTypes: NonNullable<ProcessModule['recordTypes']> = {
    improvement: {
      present: presentImprovement,
      moves: improvementMoveFields,
      intake: items.intake,
      edit: items.edit,
      transition: items.transition,
    },
    training: {
      present: presentTraining,
      intake: intake.plannerFor('training', trainings.intake),
      // Who completed a session is recorded when it is held, and only then.
      moves: { recorded: ['completedBy'], onlyWhenDeclared: ['completedBy'] },
      transition: trainings.transition,
    },
  };
  return { recordTypes, intake };
}
