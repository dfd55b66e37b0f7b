import { readDurationFromConfig } from '@backstage/config';
import { RecordCore } from '../core/modules/createRecordCore';
import { ProcessModule } from '../core/modules/ProcessModule';
import { EditPlanner } from '../core/services/recordProcessHooks';
import { incidentMoveFields } from './domain/incidentMoveFields';
import { planIncidentEdit, planSupportTier } from './domain/planIncidentEdit';
import { planIncidentNotifications } from './domain/planIncidentNotifications';
import { incidentIntakePlanner } from './incidentIntakePlanner';
import { presentIncident } from './router/incidentPresenters';
import { IncidentStatisticsStore } from './database/IncidentStatisticsStore';
import { mountEscalationRoutes } from './router/escalationRoutes';
import { mountIncidentRoutes } from './router/incidentsRouter';
import { IncidentEscalationService } from './services/IncidentEscalationService';
import { readEscalationSettings } from './services/readEscalationSettings';
import { readIncidentIntakeSettings } from './services/readIncidentIntakeSettings';
import { IncidentAutoCloseTask } from './tasks/IncidentAutoCloseTask';

/**
 * Incident management and the service desk (chapters 2-3): intake and
 * routing, edits, notifications, escalation, statistics and the automatic
 * close of resolved incidents. Also what other processes use of it: the
 * intake and escalation settings, a group's lead, the support tier of a
 * reassigned record.
 */
export function createIncidentModule(core: RecordCore) {
  const intake = readIncidentIntakeSettings(core.config);
  const escalation = readEscalationSettings(core.config);
  const { serviceDeskGroup } = intake;
  const supportTierEdit: EditPlanner = ({ edit }) =>
    planSupportTier(edit, serviceDeskGroup);

  const module: ProcessModule = {
    recordTypes: {
      incident: {
        present: presentIncident,
        moves: incidentMoveFields,
        intake: incidentIntakePlanner(core.entities, intake),
        edit: ({ record, edit }) =>
          planIncidentEdit({ record, edit, serviceDeskGroup }),
        notifications: {
          plan: (change, nameOf) =>
            planIncidentNotifications(change, escalation, nameOf),
          path: '/itsm/incidents',
        },
      },
    },
    start: ({ records }) => {
      const escalations = new IncidentEscalationService({
        records,
        entities: core.entities,
        settings: { serviceDeskGroup, leads: escalation.leads },
      });
      const { httpAuth, userInfo } = core;
      return {
        routes: [
          r =>
            mountIncidentRoutes(r, {
              records,
              statistics: new IncidentStatisticsStore(core.knex),
              httpAuth,
              userInfo,
            }),
          r => mountEscalationRoutes(r, { records, escalations, httpAuth }),
        ],
        tasks: [
          scheduler =>
            new IncidentAutoCloseTask({
              store: core.store,
              auditor: core.auditor,
              publisher: core.publisher,
              logger: core.logger,
              after: core.config.has('itsm.incidents.autoCloseAfter')
                ? readDurationFromConfig(core.config, {
                    key: 'itsm.incidents.autoCloseAfter',
                  })
                : { days: 5 },
            }).schedule(scheduler, { minutes: 15 }),
        ],
      };
    },
  };
  return {
    module,
    intake,
    escalation,
    /** The support tier of a record of another type when reassigned. */
    supportTierEdit,
    /** A group's lead: configured, or the catalog's. */
    leadOf: async (group: string) =>
      escalation.leads[group] ??
      core.entities.groupLead(group, {
        credentials: await core.auth.getOwnServiceCredentials(),
      }),
  };
}

/** The incident process, as the other processes' factories take it. */
export type IncidentModule = ReturnType<typeof createIncidentModule>;
