/*
 * One backend instance of the two-process race test: the itsm plugin on the
 * shared PostgreSQL, with an in-memory catalog. Started by run.mjs.
 *
 * Two test seams, both for the continuity reminders:
 * - the three reminder tasks (`RACED_TASKS`) run only when triggered
 *   (`POST /api/itsm/.backstage/scheduler/v1/tasks/<id>/trigger`), and on
 *   the replica that is triggered (scope `local`): run.mjs triggers both
 *   replicas at once, so their runs overlap and nothing but the tasks' own
 *   guards (a guarded record write, a claim row) stands between two
 *   replicas and a double reminder. The scheduler's global lock would
 *   otherwise run them one replica at a time.
 * - notifications are not sent but appended, one JSON line each with the
 *   replica's port, to the file `RACE_NOTIFICATIONS` names, for run.mjs to
 *   count.
 */
import { appendFileSync } from 'node:fs';
import { createBackend } from '@backstage/backend-defaults';
import { DefaultSchedulerService } from '@backstage/backend-defaults/scheduler';
import {
  coreServices,
  createServiceFactory,
  SchedulerService,
  SchedulerServiceTaskInvocationDefinition,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { metricsServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  NotificationSendOptions,
  notificationService,
} from '@backstage/plugin-notifications-node';

/** The continuity reminder tasks run.mjs races across the replicas. */
const RACED_TASKS = new Set([
  'itsm-continuity-review-reminders',
  'itsm-continuity-measure-reminders',
  'itsm-risk-reminders',
]);

/** The default scheduler, with the raced tasks run on trigger, locally. */
const raceScheduler = createServiceFactory({
  service: coreServices.scheduler,
  deps: {
    database: coreServices.database,
    logger: coreServices.logger,
    rootLifecycle: coreServices.rootLifecycle,
    httpRouter: coreServices.httpRouter,
    pluginMetadata: coreServices.pluginMetadata,
    metrics: metricsServiceRef,
  },
  async factory(deps): Promise<SchedulerService> {
    const scheduler = DefaultSchedulerService.create(deps);
    const scheduleTask = (
      task: SchedulerServiceTaskScheduleDefinition &
        SchedulerServiceTaskInvocationDefinition,
    ) =>
      scheduler.scheduleTask(
        RACED_TASKS.has(task.id)
          ? {
              ...task,
              scope: 'local',
              frequency: { days: 1 },
              initialDelay: { days: 1 },
            }
          : task,
      );
    return {
      triggerTask: id => scheduler.triggerTask(id),
      cancelTask: id => scheduler.cancelTask(id),
      getScheduledTasks: () => scheduler.getScheduledTasks(),
      scheduleTask,
      createScheduledTaskRunner: schedule => ({
        run: task => scheduleTask({ ...task, ...schedule }),
      }),
    };
  },
});

/** Notifications written to the file run.mjs reads, one line each. */
const recordedNotifications = createServiceFactory({
  service: notificationService,
  deps: { config: coreServices.rootConfig },
  factory: ({ config }) => {
    const file = process.env.RACE_NOTIFICATIONS;
    const replica = config.getNumber('backend.listen.port');
    return {
      async send(options: NotificationSendOptions) {
        if (!file) throw new Error('RACE_NOTIFICATIONS is not set');
        // One short append per line: lines of both replicas never mix.
        appendFileSync(file, `${JSON.stringify({ replica, ...options })}\n`);
      },
    };
  },
});

/** Spare services for run.mjs's business impact analyses. */
const ANALYSED = 32;

const service = (name: string, annotations?: Record<string, string>) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', ...(annotations && { annotations }) },
  spec: {
    type: 'service',
    owner: 'payments-team',
    lifecycle: 'production',
  },
});

const backend = createBackend();
backend.add(import('@backstage-itsm/plugin-itsm-backend'));
backend.add(raceScheduler);
backend.add(recordedNotifications);
backend.add(
  catalogServiceMock.factory({
    entities: [
      service('checkout-service'),
      service('sla-service', { 'itsm/sla': 'race' }),
      service('detect-service'),
      // One business impact analysis per entity: the raced ones each get one.
      ...Array.from({ length: ANALYSED }, (_, i) => service(`analysed-${i}`)),
      // The owners the continuity reminders go to.
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name: 'payments-team', namespace: 'default' },
        spec: { type: 'team', children: [] },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'User',
        metadata: { name: 'paula.lead', namespace: 'default' },
        spec: {},
        relations: [
          { type: 'memberOf', targetRef: 'group:default/payments-team' },
        ],
      },
    ],
  }),
);
backend.start();
