import { Knex } from 'knex';
import { ImpactedEntity } from '@backstage-itsm/plugin-itsm-common';
import { DateTime } from 'luxon';
import { ImpactAnalysisService } from '../../cmdb';
import { selectSla, SlaSettings } from '../../sla';
import { EntityLookup } from '../../core/catalog/EntityLookup';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';
import { sumOutageMinutes } from '../database/sumOutageMinutes';

/** The facts an analysis starts from, gathered from the portal. */
export type ImpactAnalysisFactsView = {
  entityRef: string;
  owner?: string;
  system?: string;
  /** What it relies on, transitively: the CMDB's upstream analysis. */
  dependsOn: ImpactedEntity[];
  /** What relies on it: the CMDB's downstream analysis. */
  dependents: ImpactedEntity[];
  sla?: { id: string; name: string; match: string };
  outage: { since: string; minutes: number; incidents: number };
};

/**
 * The facts of a business impact analysis pre-filled from the portal
 * (§9.1.3(1)): the entity's owner and system, what it depends on and what
 * depends on it (the CMDB's impact analysis, both ways), the service level
 * agreement that covers it, and its outage minutes over the last 12 months
 * from P1 and major incidents.
 */
export class ImpactAnalysisFacts {
  constructor(
    private readonly deps: {
      records: RecordService;
      entities: EntityLookup;
      impact: ImpactAnalysisService;
      sla: SlaSettings;
      db: Knex;
      now?: () => Date;
    },
  ) {}

  async facts(
    idOrRef: string,
    ctx: RequestContext,
  ): Promise<ImpactAnalysisFactsView> {
    const record = await this.deps.records.get('impact-analysis', idOrRef, ctx);
    const entityRef = record.entityRefs[0];
    const credentials = ctx.credentials;
    const now = this.deps.now?.() ?? new Date();
    const since = DateTime.fromJSDate(now, { zone: 'utc' })
      .minus({ months: 12 })
      .toISO()!;
    const [owners, subjects, upstream, downstream, outage] = await Promise.all([
      this.deps.entities.owners([entityRef], { credentials }),
      this.deps.entities.slaSubjects([entityRef], { credentials }),
      this.deps.impact.analyze(
        { entityRefs: [entityRef], direction: 'upstream' },
        credentials,
      ),
      this.deps.impact.analyze(
        { entityRefs: [entityRef], direction: 'downstream' },
        credentials,
      ),
      sumOutageMinutes(this.deps.db, {
        entityRef,
        since,
        now: now.toISOString(),
      }),
    ]);
    const subject = subjects[entityRef];
    const found = this.deps.sla.agreements.length
      ? selectSla(this.deps.sla, {
          entityRef,
          annotation: subject?.annotation,
          systemRef: subject?.systemRef,
        })
      : undefined;
    const owner =
      (record.fields.owner as string | undefined) ?? owners[0]?.ownerRef;
    return {
      entityRef,
      ...(owner ? { owner } : {}),
      ...(subject?.systemRef ? { system: subject.systemRef } : {}),
      dependsOn: upstream.impacted,
      dependents: downstream.impacted,
      ...(found
        ? {
            sla: {
              id: found.agreement.id,
              name: found.agreement.name,
              match: found.match,
            },
          }
        : {}),
      outage: { since, ...outage },
    };
  }
}
