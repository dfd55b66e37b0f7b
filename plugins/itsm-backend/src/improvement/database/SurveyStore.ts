/** An answer as stored: each question's value or text, the overall rating, the comment. */
export type SurveyAnswerRows = {
  values: { questionId: string; value?: number; text?: string }[];
  overallRating?: number;
  comment?: string;
};

/** A survey invitation as stored, with its answer's summary once answered. */
export type StoredSurveyInvitation = {
  id: string;
  surveyId: string;
  kind: 'after-closure' | 'periodic';
  recordId?: string;
  recordRef?: string;
  serviceRef?: string;
  assignmentGroup?: string;
  recipient: string;
  sentAt: string;
  answeredAt?: string;
  overallRating?: number;
  comment?: string;
  followUpAt?: string;
};

/** A new invitation and the claim that keeps it one per person and period. */
export type NewSurveyInvitation = Omit<
  StoredSurveyInvitation,
  'id' | 'answeredAt' | 'overallRating' | 'comment' | 'followUpAt'
> & { claimKey: string };

/** An incident closed since a survey last looked, reported by a user. */
export type ClosedIncident = {
  id: string;
  ref: string;
  reportedBy: string;
  assignmentGroup?: string;
  closedAt: string;
};

/** The answers of a survey in a period, for its results. */
export type SurveyResultRows = {
  sent: number;
  answered: number;
  questions: { questionId: string; mean: number | null; count: number }[];
  comments: {
    invitationId: string;
    questionId: string;
    text: string;
    overallRating?: number;
    recordRef?: string;
    serviceRef?: string;
    answeredAt: string;
  }[];
};

/** Where the survey invitations and answers are kept (§2.3.5). */
export interface SurveyStore {
  cursorOf(surveyId: string): Promise<string | undefined>;
  saveCursor(surveyId: string, closedBefore: string): Promise<void>;
  closedIncidents(window: {
    from: string;
    to: string;
  }): Promise<ClosedIncident[]>;
  /** Users who reported records affecting the service since `since`. */
  reportersOf(serviceRef: string, since: string): Promise<string[]>;
  /** Whether the recipient was sent the survey since `since`. */
  invitedSince(
    surveyId: string,
    recipient: string,
    since: string,
  ): Promise<boolean>;
  /** Adds the invitation unless its claim or record is taken; undefined then. */
  claimInvitation(
    invitation: NewSurveyInvitation,
  ): Promise<StoredSurveyInvitation | undefined>;
  getInvitation(id: string): Promise<StoredSurveyInvitation | undefined>;
  listOpen(recipient: string, limit: number): Promise<StoredSurveyInvitation[]>;
  /** Stores the answer once; false when it was answered already. */
  answer(id: string, answer: SurveyAnswerRows, now: string): Promise<boolean>;
  /** Claims the follow-up of a low score once; false when taken. */
  claimFollowUp(id: string, now: string): Promise<boolean>;
  results(
    surveyId: string,
    window: { from: string; to: string },
    commentLimit: number,
  ): Promise<SurveyResultRows>;
}
