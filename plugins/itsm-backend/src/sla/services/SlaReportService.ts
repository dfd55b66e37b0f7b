import { SlaReport } from '@backstage-itsm/plugin-itsm-common';
import { InputError } from '@backstage/errors';
import { SlaReportStore } from '../database/SlaReportStore';
import { summarizeSlaReport } from '../domain/summarizeSlaReport';
import { SlaSettings } from '../domain/selectSla';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';

const DAY_MS = 24 * 3_600_000;

/** The longest range a report covers. */
const MAX_RANGE_DAYS = 400;

/**
 * The service level report (§8.3) over the incidents the caller may read,
 * for the whole portal, one entity (a system with its parts) or groups.
 */
export class SlaReportService {
  constructor(
    private readonly deps: {
      records: RecordService;
      store: SlaReportStore;
      settings: SlaSettings;
      now?: () => Date;
    },
  ) {}

  async report(
    query: {
      from?: string;
      to?: string;
      entityRef?: string;
      assignmentGroups?: string[];
    },
    ctx: RequestContext,
  ): Promise<SlaReport> {
    const to = Date.parse(query.to ?? this.now());
    const from =
      query.from === undefined ? to - 30 * DAY_MS : Date.parse(query.from);
    if (Number.isNaN(from)) throw new InputError('from is not a date and time');
    if (Number.isNaN(to)) throw new InputError('to is not a date and time');
    if (to <= from) throw new InputError('to must be after from');
    if (to - from > MAX_RANGE_DAYS * DAY_MS) {
      throw new InputError(
        `from and to may be at most ${MAX_RANGE_DAYS} days apart`,
      );
    }
    const scope = await this.deps.records.reportScope(
      'incident',
      { entityRef: query.entityRef, assignmentGroups: query.assignmentGroups },
      ctx,
    );
    const range = {
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
    };
    const rows = await this.deps.store.report({ ...range, ...scope });
    return summarizeSlaReport(rows, {
      ...range,
      agreements: this.deps.settings.agreements,
    });
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }
}
