import {
  AuditorService,
  AuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  itsmImprovementManagePermission,
  monthOf,
  monthPeriod,
} from '@backstage-itsm/plugin-itsm-common';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { actorOf } from '../../core/services/actorOf';
import { auditWrite } from '../../core/services/auditWrite';
import { PausingNotificationSender } from '../../core/services/PausingNotificationSender';
import { RecordConflictError } from '../../core/services/RecordConflictError';
import {
  RecordService,
  RequestContext,
} from '../../core/services/RecordService';
import { StoredSurveyInvitation, SurveyStore } from '../database/SurveyStore';
import { checkSurveyAnswer } from '../domain/checkSurveyAnswer';
import { SurveyDefinition } from '../domain/surveyDefinition';
import {
  presentSurvey,
  presentSurveyInvitation,
  presentSurveyResults,
} from '../router/surveyPresenters';
import { SurveySettings } from './readSurveySettings';

/** Who the caller is as a recipient: entity refs are compared lower-case. */
const recipientOf = (ctx: RequestContext) =>
  actorOf(ctx.credentials).toLocaleLowerCase('en-US');

/** How many open invitations `mine` lists, and comments the results show. */
const MAX_OPEN = 50;
const MAX_COMMENTS = 200;
const MAX_ATTEMPTS = 3;

/**
 * Satisfaction surveys (§2.3.5) as people use them: a recipient reads and
 * answers their invitation (nobody else sees it); an answer after an
 * incident's closure gives the incident its satisfaction rating when it
 * has none; a low score is followed up with the incident's group; the
 * improvement managers read a survey's results.
 */
export class SurveyService {
  private readonly sender: PausingNotificationSender;

  constructor(
    private readonly deps: {
      store: SurveyStore;
      settings: SurveySettings;
      records: RecordService;
      permissions: PermissionsService;
      auditor: AuditorService;
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

  private surveyOf(id: string): SurveyDefinition | undefined {
    return this.deps.settings.surveys.find(s => s.id === id);
  }

  /** The invitation if the caller is its recipient; 404 for anyone else. */
  private async ownInvitation(
    id: string,
    ctx: RequestContext,
  ): Promise<{ invitation: StoredSurveyInvitation; survey: SurveyDefinition }> {
    const invitation = await this.deps.store.getInvitation(id);
    const survey = invitation && this.surveyOf(invitation.surveyId);
    if (!invitation || !survey || invitation.recipient !== recipientOf(ctx)) {
      throw new NotFoundError(`No survey invitation ${id}`);
    }
    return { invitation, survey };
  }

  async getInvitation(id: string, ctx: RequestContext) {
    const { invitation, survey } = await this.ownInvitation(id, ctx);
    return presentSurveyInvitation(invitation, survey);
  }

  /** The caller's invitations not answered yet, newest first. */
  async listMine(ctx: RequestContext) {
    const open = await this.deps.store.listOpen(recipientOf(ctx), MAX_OPEN);
    return open.flatMap(invitation => {
      const survey = this.surveyOf(invitation.surveyId);
      return survey ? [presentSurveyInvitation(invitation, survey)] : [];
    });
  }

  /**
   * Records the recipient's answer once (a second one is a 409), audited
   * (`survey-answer`); then the incident's rating and the low score's
   * follow-up, which never undo the answer.
   */
  async answer(id: string, answers: unknown, ctx: RequestContext) {
    return auditWrite({
      auditor: this.deps.auditor,
      eventId: 'survey-answer',
      ctx,
      meta: { invitationId: id },
      write: async () => {
        const { invitation, survey } = await this.ownInvitation(id, ctx);
        if (invitation.answeredAt) {
          throw new ConflictError(
            `Survey invitation ${id} is answered already`,
          );
        }
        const checked = checkSurveyAnswer(
          survey,
          answers as Record<string, unknown>,
        );
        const now = this.now().toISOString();
        if (!(await this.deps.store.answer(invitation.id, checked, now))) {
          throw new ConflictError(
            `Survey invitation ${id} is answered already`,
          );
        }
        const answered: StoredSurveyInvitation = {
          ...invitation,
          answeredAt: now,
          ...(checked.overallRating !== undefined
            ? { overallRating: checked.overallRating }
            : {}),
          ...(checked.comment ? { comment: checked.comment } : {}),
        };
        // The answer is stored: what follows from it never fails it.
        await this.tryTo(`rate ${invitation.recordRef}`, () =>
          this.rateIncident(answered, ctx),
        );
        await this.tryTo(`follow up survey answer ${invitation.id}`, () =>
          this.followUp(answered, survey, ctx),
        );
        return presentSurveyInvitation(answered, survey);
      },
      resultMeta: result => ({
        invitationId: result.id,
        surveyId: result.surveyId,
        ...(result.recordRef ? { ref: result.recordRef } : {}),
      }),
    });
  }

  /** A survey's results for a month, for improvement managers. */
  async results(
    surveyId: string,
    period: string | undefined,
    ctx: RequestContext,
  ) {
    await this.checkManager(ctx);
    const survey = this.surveyOf(surveyId);
    if (!survey) throw new NotFoundError(`No survey ${surveyId}`);
    const month = period ?? monthOf(this.now());
    let window: { from: string; to: string };
    try {
      window = monthPeriod(month);
    } catch {
      throw new InputError(`period must be a month, YYYY-MM, not '${month}'`);
    }
    const rows = await this.deps.store.results(surveyId, window, MAX_COMMENTS);
    return presentSurveyResults(survey, month, rows);
  }

  /** The configured surveys, for improvement managers. */
  async list(ctx: RequestContext) {
    await this.checkManager(ctx);
    return this.deps.settings.surveys.map(presentSurvey);
  }

  private async checkManager(ctx: RequestContext) {
    const [decision] = await this.deps.permissions.authorize(
      [{ permission: itsmImprovementManagePermission }],
      { credentials: ctx.credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        'Only improvement managers (itsm.improvement.manage) read survey results',
      );
    }
  }

  /** The plugin acting for the answer: the recipient may not work the incident. */
  private async asPlugin(ctx: RequestContext): Promise<RequestContext> {
    return {
      credentials: await this.deps.auth.getOwnServiceCredentials(),
      ...(ctx.request ? { request: ctx.request } : {}),
    };
  }

  /**
   * Gives the closed incident the answer's overall rating as its
   * satisfaction rating when it has none, through the record core (a
   * timeline entry, audited `incident-survey-rating`), so the incident
   * statistics count it.
   */
  private async rateIncident(
    invitation: StoredSurveyInvitation,
    ctx: RequestContext,
  ) {
    const rating = invitation.overallRating;
    if (!invitation.recordId || rating === undefined) return;
    const plugin = await this.asPlugin(ctx);
    const actor = actorOf(ctx.credentials);
    for (let attempt = 1; ; attempt++) {
      const incident = await this.deps.records.get(
        'incident',
        invitation.recordId,
        plugin,
      );
      if (incident.satisfactionRating !== undefined) return;
      try {
        await this.deps.records.change(
          'incident',
          incident.id,
          {
            version: incident.version,
            auditEventId: 'incident-survey-rating',
            access: 'read',
            meta: { invitationId: invitation.id, rating },
          },
          () => ({
            set: { satisfactionRating: rating },
            event: {
              kind: 'updated',
              actor,
              data: {
                changes: [
                  { field: 'satisfactionRating', from: null, to: rating },
                ],
              },
            },
          }),
          plugin,
        );
        return;
      } catch (error) {
        if (
          !(error instanceof RecordConflictError) ||
          attempt >= MAX_ATTEMPTS
        ) {
          throw error;
        }
      }
    }
  }

  /**
   * A low overall score (at or below `lowScore`) is followed up once per
   * answer: the incident's assignment group (or the service's owner) is
   * told, and the incident gets a work note with the result.
   */
  private async followUp(
    invitation: StoredSurveyInvitation,
    survey: SurveyDefinition,
    ctx: RequestContext,
  ) {
    const rating = invitation.overallRating;
    if (rating === undefined || rating > this.deps.settings.lowScore) return;
    const now = this.now().toISOString();
    if (!(await this.deps.store.claimFollowUp(invitation.id, now))) return;
    const about = invitation.recordRef ?? invitation.serviceRef ?? 'a service';
    const comment = invitation.comment
      ? ` They wrote: "${invitation.comment}"`
      : '';
    if (invitation.recordId) {
      await this.deps.records.comment(
        'incident',
        invitation.recordId,
        {
          body: `Satisfaction survey "${survey.title}": overall rating ${rating} of 5 from ${invitation.recipient}.${comment} The group's lead follows this low score up.`,
          visibility: 'work_note',
        },
        await this.asPlugin(ctx),
      );
    }
    const to = invitation.recordId
      ? invitation.assignmentGroup
      : invitation.serviceRef;
    if (!to) return;
    await this.sender.send(
      {
        recipients: { type: 'entity', entityRef: to },
        payload: {
          title: `Low satisfaction score on ${about}: ${rating} of 5`,
          description: `${invitation.recipient} rated ${about} ${rating} of 5 in "${survey.title}".${comment} Please follow it up with them.`,
          link: invitation.recordRef
            ? `/itsm/incidents/${invitation.recordRef}`
            : `/itsm/improvements?tab=surveys&survey=${survey.id}`,
          severity: 'high',
          topic: 'itsm-survey-low-score',
          scope: `itsm-survey-low-score:${invitation.id}`,
        },
      },
      `tell ${to} of the low score on ${about}`,
    );
  }

  private async tryTo(what: string, step: () => Promise<void>) {
    try {
      await step();
    } catch (error) {
      this.deps.logger.warn(`Could not ${what}: ${error}`);
    }
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }
}
