import { PermissionsService } from '@backstage/backend-plugin-api';
import { EntityLookup } from '../core/catalog/EntityLookup';
import { ProcessModule } from '../core/modules/ProcessModule';
import { intakeInputOf } from '../core/services/recordProcessHooks';
import { ImprovementIntakeInput } from './domain/improvementIntakeInput';
import { planImprovementIntake } from './domain/planImprovementIntake';
import {
  presentImprovement,
  presentTraining,
} from './router/improvementPresenters';
import { ImprovementIntake } from './services/ImprovementIntake';

/**
 * Continual improvement's two record types as the record core runs them:
 * each type's intake (and, as they grow, edit, move and notification)
 * planners. The module registers them on the plugin's own.
 */
export function improvementRecordTypes(deps: {
  permissions: PermissionsService;
  entities: EntityLookup;
}) {
  const intake = new ImprovementIntake(deps.permissions, deps.entities);
  const recordTypes: NonNullable<ProcessModule['recordTypes']> = {
    improvement: {
      present: presentImprovement,
      intake: intake.plannerFor('improvement', async ({ input }) =>
        planImprovementIntake(intakeInputOf<ImprovementIntakeInput>(input)),
      ),
    },
    training: {
      present: presentTraining,
      intake: intake.plannerFor('training'),
    },
  };
  return { recordTypes, intake };
}
