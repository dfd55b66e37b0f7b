import { RecordCore } from '../core/modules/createRecordCore';
import { ProcessModule } from '../core/modules/ProcessModule';
import { createCmdbServices } from './createCmdbServices';
import { mountCmdbRoutes } from './router/cmdbRoutes';
import { CiChangeDetectionTask } from './tasks/CiChangeDetectionTask';

/**
 * Configuration management on the catalog (chapter 6), from `itsm.cmdb`:
 * the impact analysis, the CI history that looks at the catalog, and the
 * CMDB's queries. Other processes use its impact analysis.
 */
export async function createCmdbModule(core: RecordCore) {
  const cmdb = await createCmdbServices({ ...core, records: core.store });
  const module: ProcessModule = {
    start: () => ({
      routes: [
        r =>
          mountCmdbRoutes(r, {
            impact: cmdb.impact,
            cmdb: cmdb.cmdb,
            httpAuth: core.httpAuth,
          }),
      ],
      tasks: [
        scheduler =>
          new CiChangeDetectionTask({
            history: cmdb.history,
            logger: core.logger,
          }).schedule(scheduler, cmdb.settings.historyFrequency),
      ],
    }),
  };
  return {
    module,
    impact: cmdb.impact,
    /** The status report's figures (§6.3.3), portal-wide, for the monthly reports. */
    statusReport: async () =>
      cmdb.cmdb.report({}, await core.auth.getOwnServiceCredentials()),
  };
}
