import { workflows } from '@backstage-itsm/plugin-itsm-common';
import { normalizeEntityRef } from '../../core/domain/normalizeEntityRef';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';
import { summarizeContinuity } from '../domain/summarizeContinuity';
import { RecoveryObjectivesService } from './RecoveryObjectivesService';

/** The most records of a type the summary reads for one entity. */
const PAGE = 100;

/**
 * The continuity summary of one entity for its Continuity card: three
 * record lists through the record service (so only what the caller may
 * read, filtered in SQL) and the recovery objectives checked against the
 * dependency graph.
 */
export class ContinuitySummaryService {
  constructor(
    private readonly deps: {
      records: RecordService;
      objectives: RecoveryObjectivesService;
      now?: () => Date;
    },
  ) {}

  async forEntity(entityRef: string, ctx: RequestContext) {
    const ref = normalizeEntityRef(entityRef, 'entityRef');
    const list = (
      type: 'impact-analysis' | 'continuity-plan' | 'exercise',
      states: string[],
    ) =>
      this.deps.records
        .list(type, { entityRef: ref, states, limit: PAGE }, ctx)
        .then(page => page.records);
    const without = (type: 'impact-analysis' | 'continuity-plan', s: string) =>
      workflows[type]!.states.filter(state => state !== s);
    const [analyses, plans, exercises, objectives] = await Promise.all([
      list('impact-analysis', without('impact-analysis', 'retired')),
      list('continuity-plan', without('continuity-plan', 'retired')),
      list('exercise', ['running', 'completed']),
      this.deps.objectives.forEntity(ref, ctx),
    ]);
    return summarizeContinuity({
      entityRef: ref,
      analyses,
      plans,
      exercises,
      objectives: {
        achievable: objectives.achievable,
        issues: objectives.issues,
        truncated: objectives.truncated,
      },
      now: this.deps.now?.() ?? new Date(),
    });
  }
}
