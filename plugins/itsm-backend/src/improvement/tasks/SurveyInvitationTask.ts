import {
  AuthService,
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { monthOf } from '@backstage-itsm/plugin-itsm-common';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { PausingNotificationSender } from '../../core/services/PausingNotificationSender';
import {
  NewSurveyInvitation,
  StoredSurveyInvitation,
  SurveyStore,
} from '../database/SurveyStore';
import {
  dayPeriodOf,
  sampleSurvey,
  surveyClaimKey,
} from '../domain/sampleSurvey';
import { SurveyDefinition } from '../domain/surveyDefinition';
import { SurveySettings } from '../services/readSurveySettings';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far back a survey looks on its first run. */
const FIRST_LOOK_DAYS = 7;
/** Closures this recent wait for the next run (their write may not be visible yet). */
const SETTLE_MS = 60_000;
/** Periodic surveys ask those who reported on the service in this many days. */
const CONSUMER_DAYS = 90;

/**
 * Sends the satisfaction surveys (§2.3.5), on one replica at a time
 * (`scope: 'global'`): after-closure surveys to the reporters (users) of
 * the incidents closed since the survey's last run, auto-closed and
 * monitoring ones included, sampled by a hash of the incident and at most
 * one per person per `onePerPersonPer` days; periodic ones each month to
 * the consumers of their services (recent reporters and the members of the
 * configured groups). Each invitation is claimed in the database before
 * its notification, so a retry never sends twice.
 */
export class SurveyInvitationTask {
  private readonly sender: PausingNotificationSender;

  constructor(
    private readonly deps: {
      store: SurveyStore;
      settings: SurveySettings;
      catalog: CatalogService;
      auth: AuthService;
      notifications: NotificationService;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {
    this.sender = new PausingNotificationSender({
      notifications: deps.notifications,
      logger: deps.logger,
    });
  }

  async schedule(
    scheduler: SchedulerService,
    frequency: SchedulerServiceTaskScheduleDefinition['frequency'] = this.deps
      .settings.frequency,
  ): Promise<void> {
    if (this.deps.settings.surveys.length === 0) return;
    await scheduler.scheduleTask({
      id: 'itsm-survey-invitations',
      scope: 'global',
      frequency,
      timeout: { minutes: 10 },
      initialDelay: { seconds: 120 },
      fn: async () => {
        await this.run();
      },
    });
  }

  /** Sends the invitations due now; returns those it created. */
  async run(): Promise<StoredSurveyInvitation[]> {
    const now = this.deps.now?.() ?? new Date();
    const created: StoredSurveyInvitation[] = [];
    for (const survey of this.deps.settings.surveys) {
      const made =
        survey.kind === 'after-closure'
          ? await this.afterClosure(survey, now)
          : await this.periodic(survey, now);
      created.push(...made);
    }
    if (created.length > 0) {
      this.deps.logger.info(`Sent ${created.length} survey invitations`);
    }
    return created;
  }

  private async afterClosure(survey: SurveyDefinition, now: Date) {
    const { store } = this.deps;
    const to = new Date(now.getTime() - SETTLE_MS).toISOString();
    const from =
      (await store.cursorOf(survey.id)) ??
      new Date(now.getTime() - FIRST_LOOK_DAYS * DAY_MS).toISOString();
    if (from >= to) return [];
    const created: StoredSurveyInvitation[] = [];
    for (const incident of await store.closedIncidents({ from, to })) {
      if (!sampleSurvey(survey.id, incident.id, survey.samplingRate)) continue;
      const invitation = await this.invite(survey, now, {
        surveyId: survey.id,
        kind: 'after-closure',
        recordId: incident.id,
        recordRef: incident.ref,
        ...(incident.assignmentGroup
          ? { assignmentGroup: incident.assignmentGroup }
          : {}),
        recipient: incident.reportedBy,
        sentAt: now.toISOString(),
        claimKey: surveyClaimKey({
          surveyId: survey.id,
          recipient: incident.reportedBy,
          period: dayPeriodOf(incident.closedAt, survey.onePerPersonPer),
        }),
      });
      if (invitation) created.push(invitation);
    }
    await store.saveCursor(survey.id, to);
    return created;
  }

  private async periodic(survey: SurveyDefinition, now: Date) {
    const period = monthOf(now);
    const since = new Date(
      now.getTime() - CONSUMER_DAYS * DAY_MS,
    ).toISOString();
    const members = await this.membersOf(survey.groups);
    const created: StoredSurveyInvitation[] = [];
    for (const service of survey.services) {
      const reporters = await this.deps.store.reportersOf(service, since);
      const consumers = [...new Set([...reporters, ...members])].sort();
      for (const consumer of consumers) {
        const key = `${service}\n${consumer}\n${period}`;
        if (!sampleSurvey(survey.id, key, survey.samplingRate)) continue;
        const invitation = await this.invite(survey, now, {
          surveyId: survey.id,
          kind: 'periodic',
          serviceRef: service,
          recipient: consumer,
          sentAt: now.toISOString(),
          claimKey: surveyClaimKey({
            surveyId: survey.id,
            recipient: consumer,
            period,
          }),
        });
        if (invitation) created.push(invitation);
      }
    }
    return created;
  }

  /** The users who are members of the groups, as the catalog says. */
  private async membersOf(groups: string[]): Promise<string[]> {
    if (groups.length === 0) return [];
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const { items } = await this.deps.catalog.getEntities(
      {
        filter: { kind: 'user', 'relations.memberOf': groups },
        fields: ['kind', 'metadata.name', 'metadata.namespace'],
      },
      { credentials },
    );
    return items.map(e => stringifyEntityRef(e).toLocaleLowerCase('en-US'));
  }

  /**
   * Claims the invitation (none when the person was asked this survey in
   * the last `onePerPersonPer` days, or the claim is taken) and tells them.
   */
  private async invite(
    survey: SurveyDefinition,
    now: Date,
    asked: NewSurveyInvitation,
  ): Promise<StoredSurveyInvitation | undefined> {
    // Entity refs are compared lower-case: the recipient as signed in.
    const recipient = asked.recipient.toLocaleLowerCase('en-US');
    const invitation = {
      ...asked,
      recipient,
      claimKey: asked.claimKey.toLocaleLowerCase('en-US'),
    };
    const since = new Date(
      now.getTime() - survey.onePerPersonPer * DAY_MS,
    ).toISOString();
    if (
      await this.deps.store.invitedSince(survey.id, invitation.recipient, since)
    ) {
      return undefined;
    }
    const stored = await this.deps.store.claimInvitation(invitation);
    if (!stored) return undefined;
    const about = stored.recordRef ?? stored.serviceRef ?? '';
    await this.sender.send(
      {
        recipients: { type: 'entity', entityRef: stored.recipient },
        payload: {
          title: survey.title,
          description: stored.recordRef
            ? `${stored.recordRef} is closed. How did it go? One short screen.`
            : `How is ${about} serving you? One short screen.`,
          link: `/itsm/surveys/${stored.id}`,
          severity: 'low',
          topic: 'itsm-survey',
          scope: `itsm-survey:${stored.id}`,
        },
      },
      `send survey ${survey.id} to ${stored.recipient}`,
    );
    return stored;
  }
}
