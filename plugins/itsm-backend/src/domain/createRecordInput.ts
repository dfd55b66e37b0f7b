import { ChangeIntakeInput } from './planChangeIntake';
import { IncidentIntakeInput } from './planIncidentIntake';
import { ProblemIntakeInput } from './planProblemIntake';
import { ReleaseIntakeInput } from './planReleaseIntake';

/** A new record: the core fields and what its type's intake reads. */
export type CreateRecordInput = IncidentIntakeInput &
  Omit<ProblemIntakeInput, 'priority' | 'impact' | 'urgency' | 'category'> &
  Omit<ChangeIntakeInput, 'priority'> &
  Omit<ReleaseIntakeInput, 'priority' | 'window' | 'risk'> & {
    title: string;
    description: string;
    entityRefs: string[];
  };
