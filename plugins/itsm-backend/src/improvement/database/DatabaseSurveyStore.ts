import {
  formatRecordRef,
  RecordType,
} from '@backstage-itsm/plugin-itsm-common';
import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import { isUniqueViolation } from '../../core/database/operations/isUniqueViolation';
import { toIso } from '../../core/database/operations/rowMapping';
import {
  ClosedIncident,
  NewSurveyInvitation,
  StoredSurveyInvitation,
  SurveyAnswerRows,
  SurveyResultRows,
  SurveyStore,
} from './SurveyStore';

const INVITATIONS = 'itsm_survey_invitations';
const ANSWERS = 'itsm_survey_answers';
const CURSORS = 'itsm_survey_cursors';

type InvitationRow = {
  id: string;
  survey_id: string;
  kind: string;
  record_id: string | null;
  record_ref: string | null;
  service_ref: string | null;
  assignment_group: string | null;
  recipient: string;
  claim_key: string;
  sent_at: string | Date;
  answered_at: string | Date | null;
  overall_rating: number | string | null;
  comment: string | null;
  follow_up_at: string | Date | null;
};

const rowToInvitation = (row: InvitationRow): StoredSurveyInvitation => ({
  id: row.id,
  surveyId: row.survey_id,
  kind: row.kind as StoredSurveyInvitation['kind'],
  ...(row.record_id ? { recordId: row.record_id } : {}),
  ...(row.record_ref ? { recordRef: row.record_ref } : {}),
  ...(row.service_ref ? { serviceRef: row.service_ref } : {}),
  ...(row.assignment_group ? { assignmentGroup: row.assignment_group } : {}),
  recipient: row.recipient,
  sentAt: toIso(row.sent_at),
  ...(row.answered_at ? { answeredAt: toIso(row.answered_at) } : {}),
  ...(row.overall_rating !== null && row.overall_rating !== undefined
    ? { overallRating: Number(row.overall_rating) }
    : {}),
  ...(row.comment ? { comment: row.comment } : {}),
  ...(row.follow_up_at ? { followUpAt: toIso(row.follow_up_at) } : {}),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The survey invitations and answers in the plugin's database, SQLite or PostgreSQL. */
export class DatabaseSurveyStore implements SurveyStore {
  constructor(private readonly db: Knex) {}

  async cursorOf(surveyId: string): Promise<string | undefined> {
    const row = await this.db(CURSORS).where('survey_id', surveyId).first();
    return row ? toIso(row.closed_before) : undefined;
  }

  async saveCursor(surveyId: string, closedBefore: string): Promise<void> {
    await this.db(CURSORS)
      .insert({ survey_id: surveyId, closed_before: closedBefore })
      .onConflict('survey_id')
      .merge();
  }

  async closedIncidents(window: {
    from: string;
    to: string;
  }): Promise<ClosedIncident[]> {
    const rows = await this.db('itsm_records')
      .where('type', 'incident')
      .where('closed_at', '>=', window.from)
      .where('closed_at', '<', window.to)
      .where('reported_by', 'like', 'user:%')
      .select('id', 'number', 'reported_by', 'assignment_group', 'closed_at')
      .orderBy([{ column: 'closed_at' }, { column: 'number' }]);
    return rows.map(row => ({
      id: row.id,
      ref: formatRecordRef('incident' as RecordType, Number(row.number)),
      reportedBy: row.reported_by,
      ...(row.assignment_group
        ? { assignmentGroup: row.assignment_group }
        : {}),
      closedAt: toIso(row.closed_at),
    }));
  }

  async reportersOf(serviceRef: string, since: string): Promise<string[]> {
    const rows = await this.db('itsm_records as r')
      .join('itsm_record_entities as e', 'e.record_id', 'r.id')
      .where('e.entity_ref', serviceRef)
      .where('r.created_at', '>=', since)
      .where('r.reported_by', 'like', 'user:%')
      .distinct('r.reported_by');
    return rows.map(r => r.reported_by as string).sort();
  }

  async invitedSince(
    surveyId: string,
    recipient: string,
    since: string,
  ): Promise<boolean> {
    const row = await this.db(INVITATIONS)
      .where({ survey_id: surveyId, recipient })
      .where('sent_at', '>', since)
      .first('id');
    return row !== undefined;
  }

  async claimInvitation(
    invitation: NewSurveyInvitation,
  ): Promise<StoredSurveyInvitation | undefined> {
    const row: InvitationRow = {
      id: randomUUID(),
      survey_id: invitation.surveyId,
      kind: invitation.kind,
      record_id: invitation.recordId ?? null,
      record_ref: invitation.recordRef ?? null,
      service_ref: invitation.serviceRef ?? null,
      assignment_group: invitation.assignmentGroup ?? null,
      recipient: invitation.recipient,
      claim_key: invitation.claimKey,
      sent_at: invitation.sentAt,
      answered_at: null,
      overall_rating: null,
      comment: null,
      follow_up_at: null,
    };
    try {
      await this.db(INVITATIONS).insert(row);
    } catch (error) {
      if (isUniqueViolation(error)) return undefined;
      throw error;
    }
    return rowToInvitation(row);
  }

  async getInvitation(id: string): Promise<StoredSurveyInvitation | undefined> {
    if (!UUID.test(id)) return undefined;
    const row = await this.db<InvitationRow>(INVITATIONS)
      .where('id', id.toLowerCase())
      .first();
    return row ? rowToInvitation(row) : undefined;
  }

  async listOpen(
    recipient: string,
    limit: number,
  ): Promise<StoredSurveyInvitation[]> {
    const rows = await this.db<InvitationRow>(INVITATIONS)
      .where('recipient', recipient)
      .whereNull('answered_at')
      .orderBy([
        { column: 'sent_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(limit);
    return rows.map(rowToInvitation);
  }

  async answer(
    id: string,
    answer: SurveyAnswerRows,
    now: string,
  ): Promise<boolean> {
    return this.db.transaction(async tx => {
      const updated = await tx(INVITATIONS)
        .where('id', id)
        .whereNull('answered_at')
        .update({
          answered_at: now,
          overall_rating: answer.overallRating ?? null,
          comment: answer.comment ?? null,
        });
      if (updated === 0) return false;
      if (answer.values.length > 0) {
        await tx(ANSWERS).insert(
          answer.values.map(v => ({
            invitation_id: id,
            question_id: v.questionId,
            value: v.value ?? null,
            text: v.text ?? null,
          })),
        );
      }
      return true;
    });
  }

  async claimFollowUp(id: string, now: string): Promise<boolean> {
    const updated = await this.db(INVITATIONS)
      .where('id', id)
      .whereNull('follow_up_at')
      .update({ follow_up_at: now });
    return updated > 0;
  }

  async results(
    surveyId: string,
    window: { from: string; to: string },
    commentLimit: number,
  ): Promise<SurveyResultRows> {
    const inWindow = (column: string) => (q: Knex.QueryBuilder) =>
      q.where(column, '>=', window.from).where(column, '<', window.to);
    const [sent] = await this.db(INVITATIONS)
      .where('survey_id', surveyId)
      .modify(inWindow('sent_at'))
      .count({ n: '*' });
    const [answered] = await this.db(INVITATIONS)
      .where('survey_id', surveyId)
      .modify(inWindow('sent_at'))
      .whereNotNull('answered_at')
      .count({ n: '*' });
    const questions = await this.db(`${ANSWERS} as a`)
      .join(`${INVITATIONS} as i`, 'i.id', 'a.invitation_id')
      .where('i.survey_id', surveyId)
      .modify(inWindow('i.answered_at'))
      .groupBy('a.question_id')
      .select('a.question_id')
      .avg({ mean: 'a.value' })
      .count({ n: 'a.invitation_id' });
    const comments = await this.db(`${ANSWERS} as a`)
      .join(`${INVITATIONS} as i`, 'i.id', 'a.invitation_id')
      .where('i.survey_id', surveyId)
      .modify(inWindow('i.answered_at'))
      .whereNotNull('a.text')
      .whereNot('a.text', '')
      .select(
        'a.invitation_id',
        'a.question_id',
        'a.text',
        'i.overall_rating',
        'i.record_ref',
        'i.service_ref',
        'i.answered_at',
      )
      .orderBy([
        { column: 'i.answered_at', order: 'desc' },
        { column: 'a.invitation_id', order: 'desc' },
        { column: 'a.question_id' },
      ])
      .limit(commentLimit);
    return {
      sent: Number(sent.n),
      answered: Number(answered.n),
      questions: questions.map((q: any) => ({
        questionId: q.question_id,
        mean: q.mean === null ? null : Number(q.mean),
        count: Number(q.n),
      })),
      comments: comments.map((c: any) => ({
        invitationId: c.invitation_id,
        questionId: c.question_id,
        text: c.text,
        ...(c.overall_rating !== null
          ? { overallRating: Number(c.overall_rating) }
          : {}),
        ...(c.record_ref ? { recordRef: c.record_ref } : {}),
        ...(c.service_ref ? { serviceRef: c.service_ref } : {}),
        answeredAt: toIso(c.answered_at),
      })),
    };
  }
}
