import { StoredRecord } from '../../core/database/RecordStore';
import {
  planProblemAnalysis,
  ProblemAnalysisInput,
} from '../domain/planProblemAnalysis';
import { actorOf } from '../../core/services/actorOf';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';

/**
 * Records a problem's investigation and analysis (§4.2) as a guarded,
 * audited change of the record by those who work it: the edit carries the
 * version it was based on (409 when another came first).
 */
export class ProblemAnalysisService {
  constructor(private readonly deps: { records: RecordService }) {}

  record(
    idOrRef: string,
    input: ProblemAnalysisInput & { version: number },
    ctx: RequestContext,
  ): Promise<StoredRecord> {
    const { version, ...analysis } = input;
    return this.deps.records.change(
      'problem',
      idOrRef,
      { version, auditEventId: 'problem-analysis', access: 'write' },
      record =>
        planProblemAnalysis({
          record,
          input: analysis,
          actor: actorOf(ctx.credentials),
        }),
      ctx,
    );
  }
}
