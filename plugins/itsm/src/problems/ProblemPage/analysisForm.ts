import {
  MAX_WHYS,
  Problem,
  ProblemAnalysisRequest,
  RootCause,
} from '@backstage-itsm/plugin-itsm-common';

/** The most links an investigation holds (the server's limit). */
export const MAX_INVESTIGATION_LINKS = 20;

/** A line of a list being edited; `key` keeps it apart while lines go. */
export type DraftLine = { key: string; text: string };

/** A link to a dashboard or log being edited; either part may be blank. */
export type DraftLink = { key: string; title: string; url: string };

/**
 * The root cause being edited: the fields of both methods, so that
 * switching between them keeps what was typed.
 */
export type RootCauseDraft = {
  method: RootCause['method'];
  whys: DraftLine[];
  cause: string;
  text: string;
};

/** A problem's investigation and analysis (§4.2), as its dialog edits it. */
export type AnalysisForm = {
  logExcerpts: string;
  environment: string;
  stepsToReproduce: string;
  links: DraftLink[];
  rootCause: RootCauseDraft;
  workaround: string;
  businessImpact: string;
  risk: string;
};

let lastKey = 0;

/** A key no other line of this page has. */
export function draftKey(): string {
  lastKey += 1;
  return `draft-${lastKey}`;
}

/** A blank "why?" line. */
export function blankWhy(): DraftLine {
  return { key: draftKey(), text: '' };
}

/** A blank link line. */
export function blankLink(): DraftLink {
  return { key: draftKey(), title: '', url: '' };
}

function rootCauseDraftOf(rootCause: Problem['rootCause']): RootCauseDraft {
  const whys = (rootCause?.whys ?? [])
    .slice(0, MAX_WHYS)
    .map(text => ({ key: draftKey(), text }));
  return {
    method: rootCause?.method ?? 'five_whys',
    whys: whys.length > 0 ? whys : [blankWhy()],
    cause: rootCause?.cause ?? '',
    text: rootCause?.text ?? '',
  };
}

/** The form of a problem's analysis as it is recorded now. */
export function analysisFormOf(problem: Problem): AnalysisForm {
  const investigation = problem.investigation ?? {};
  return {
    logExcerpts: investigation.logExcerpts ?? '',
    environment: investigation.environment ?? '',
    stepsToReproduce: investigation.stepsToReproduce ?? '',
    links: (investigation.links ?? []).map(link => ({
      key: draftKey(),
      title: link.title,
      url: link.url,
    })),
    rootCause: rootCauseDraftOf(problem.rootCause),
    workaround: problem.workaround ?? '',
    businessImpact: problem.businessImpact ?? '',
    risk: problem.risk ?? '',
  };
}

/**
 * The root cause a draft says, trimmed, with blank whys left out;
 * undefined when nothing is typed for its method.
 */
export function rootCauseOf(draft: RootCauseDraft): RootCause | undefined {
  if (draft.method === 'free_text') {
    const text = draft.text.trim();
    return text ? { method: 'free_text', text } : undefined;
  }
  const whys = draft.whys.map(why => why.text.trim()).filter(Boolean);
  const cause = draft.cause.trim();
  return whys.length > 0 || cause
    ? { method: 'five_whys', whys, cause }
    : undefined;
}

/** What is wrong with a root cause, in the dialog's words. */
function rootCauseProblem(rootCause: RootCause): string | undefined {
  if (rootCause.method === 'free_text') return undefined;
  if (!rootCause.whys?.length) {
    return 'Answer at least one "why?" on the way to the root cause';
  }
  if (!rootCause.cause) return 'Say the root cause the whys end in';
  return undefined;
}

function investigationOf(form: AnalysisForm) {
  return {
    logExcerpts: form.logExcerpts.trim(),
    environment: form.environment.trim(),
    stepsToReproduce: form.stepsToReproduce.trim(),
    links: form.links
      .map(link => ({ title: link.title.trim(), url: link.url.trim() }))
      .filter(link => link.title || link.url),
  };
}

const same = (a: unknown, b: unknown) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * The request that records what changed between the analysis as it was
 * and as edited (only those parts, so the timeline names just them), or
 * what is wrong with the edit. Neither when nothing changed.
 */
export function analysisRequestOf(
  before: AnalysisForm,
  after: AnalysisForm,
  version: number,
): { request?: ProblemAnalysisRequest; error?: string } {
  const request: ProblemAnalysisRequest = { version };

  const investigation = investigationOf(after);
  if (investigation.links.some(link => !link.title || !link.url)) {
    return { error: 'Each link needs both a title and a URL' };
  }
  if (!same(investigation, investigationOf(before))) {
    request.investigation = investigation;
  }

  const rootCause = rootCauseOf(after.rootCause);
  const previous = rootCauseOf(before.rootCause);
  if (!same(rootCause, previous)) {
    if (!rootCause) {
      return {
        error:
          'A recorded root cause can be corrected but not removed: write the corrected one',
      };
    }
    const error = rootCauseProblem(rootCause);
    if (error) return { error };
    request.rootCause = rootCause;
  }

  for (const key of ['workaround', 'businessImpact', 'risk'] as const) {
    if (after[key].trim() !== before[key].trim()) {
      request[key] = after[key].trim();
    }
  }
  return Object.keys(request).length > 1 ? { request } : {};
}
