import { Readable } from 'node:stream';
import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import {
  DocumentCollatorFactory,
  IndexableDocument,
} from '@backstage/plugin-search-common';
import {
  itsmRecordReadPermission,
  KnownError,
  KnownErrorList,
} from '@backstage-itsm/plugin-itsm-common';

/** The search document type of the known errors. */
export const KNOWN_ERROR_DOCUMENT_TYPE = 'itsm-known-error';

/** The most known errors the base serves in one answer. */
const LIMIT = 500;

/** A known error as search indexes it. */
export type KnownErrorDocument = IndexableDocument & {
  ref: string;
  priority: string;
  state: string;
  workaround: string;
  entityRefs: string[];
};

/** The root cause in words. */
function causeOf(knownError: KnownError): string {
  const cause = knownError.rootCause;
  if (!cause) return '';
  return cause.method === 'free_text'
    ? cause.text ?? ''
    : [...(cause.whys ?? []), cause.cause ?? ''].join(' ');
}

/**
 * Why fetch failed: it says only "fetch failed", its cause says why (an
 * AggregateError without a message when every address refused, with its
 * code, e.g. ECONNREFUSED).
 */
function whyUnreachable(error: unknown): string {
  const cause = ((error as { cause?: unknown })?.cause ?? error) as {
    message?: string;
    code?: string;
  };
  return cause?.message || cause?.code || String(error);
}

/** A known error as a search document, linking to its problem page. */
export function toKnownErrorDocument(
  knownError: KnownError,
): KnownErrorDocument {
  return {
    title: `${knownError.ref}: ${knownError.title}`,
    text: [
      knownError.description,
      `Root cause: ${causeOf(knownError)}`,
      `Workaround: ${knownError.workaround}`,
    ]
      .filter(part => part.trim())
      .join('\n'),
    location: `/itsm/problems/${encodeURIComponent(knownError.ref)}`,
    ref: knownError.ref,
    priority: knownError.priority,
    state: knownError.state,
    workaround: knownError.workaround,
    entityRefs: knownError.entityRefs,
    // Search shows a known error only to those who may read its problem.
    authorization: { resourceRef: knownError.id },
  };
}

/**
 * Collates the ITSM known-error base (problems with a root cause and a
 * workaround that are not closed) for Backstage search, read from the itsm
 * backend as this plugin's own service. Each document names its problem
 * record, so search shows it only to those who may read that problem
 * (`itsm.record.read`). A failed read fails the run: the index keeps what
 * it had rather than an empty base.
 */
export class ItsmKnownErrorCollatorFactory implements DocumentCollatorFactory {
  readonly type = KNOWN_ERROR_DOCUMENT_TYPE;
  readonly visibilityPermission = itsmRecordReadPermission;

  constructor(
    private readonly deps: {
      discovery: DiscoveryService;
      auth: AuthService;
      fetch?: typeof fetch;
    },
  ) {}

  async getCollator(): Promise<Readable> {
    return Readable.from(await this.documents());
  }

  private async documents(): Promise<KnownErrorDocument[]> {
    const { discovery, auth } = this.deps;
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'itsm',
    });
    const baseUrl = await discovery.getBaseUrl('itsm');
    const url = `${baseUrl}/problems/known-errors?limit=${LIMIT}`;
    let response: Response;
    try {
      response = await (this.deps.fetch ?? fetch)(url, {
        headers: { authorization: `Bearer ${token}` },
      });
    } catch (error) {
      throw new Error(
        `Could not reach the itsm backend at ${url} to read the known-error base: ${whyUnreachable(
          error,
        )}`,
        { cause: error },
      );
    }
    if (!response.ok) {
      const reason = await response.text().catch(() => '');
      throw new Error(
        `Could not read the known-error base from the itsm backend: ${
          response.status
        } ${reason.slice(0, 500)}`,
      );
    }
    const body = (await response.json().catch(() => undefined)) as
      | KnownErrorList
      | undefined;
    if (!Array.isArray(body?.items)) {
      throw new Error(
        `Could not read the known-error base from the itsm backend: ${url} did not answer a list of known errors`,
      );
    }
    return body.items.map(toKnownErrorDocument);
  }
}
