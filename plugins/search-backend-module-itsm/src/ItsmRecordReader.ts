import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { MAX_PAGE_SIZE, RecordType } from '@backstage-itsm/plugin-itsm-common';
import { ListedRecord, recordPaths } from './recordDocuments';

/** One page of a record list, as far as the reader uses it. */
type RecordPage = {
  items: (ListedRecord & { version?: number; updatedAt?: string })[];
  nextCursor?: string;
};

/** The record changed last, which says whether anything changed since. */
export type NewestChange = { key: string; updatedAt: string };

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

/**
 * Reads ITSM records from the itsm backend's record lists as this plugin's
 * own service (a service token for `itsm`), every page to the last by the
 * lists' keyset cursor. Every failure throws, saying what could not be read
 * and why.
 */
export class ItsmRecordReader {
  constructor(
    private readonly deps: {
      discovery: DiscoveryService;
      auth: AuthService;
      fetch?: typeof fetch;
      /** Records asked for a page; the API's most by default. */
      pageSize?: number;
    },
  ) {}

  /**
   * Every record of the type, oldest last (`sort=newest`: a record made
   * while the pages are read is not met twice), optionally of some states
   * only.
   */
  async *records(
    recordType: RecordType,
    options: { states?: readonly string[]; what: string },
  ): AsyncGenerator<ListedRecord> {
    const pageSize = String(this.deps.pageSize ?? MAX_PAGE_SIZE);
    let cursor: string | undefined;
    do {
      const query = new URLSearchParams({ sort: 'newest', limit: pageSize });
      for (const state of options.states ?? []) query.append('state', state);
      if (cursor) query.set('cursor', cursor);
      const page = await this.page(recordType, query, options.what);
      yield* page.items;
      cursor = page.nextCursor;
    } while (cursor);
  }

  /**
   * The record of the type changed last (its id and version), or undefined
   * when there is none.
   */
  async newestChange(
    recordType: RecordType,
  ): Promise<NewestChange | undefined> {
    const query = new URLSearchParams({ sort: 'updated', limit: '1' });
    const [newest] = (
      await this.page(recordType, query, `the newest ${recordType} change`)
    ).items;
    if (!newest) return undefined;
    return {
      key: `${newest.id}@${newest.version ?? newest.updatedAt}`,
      updatedAt: newest.updatedAt ?? '',
    };
  }

  private async page(
    recordType: RecordType,
    query: URLSearchParams,
    what: string,
  ): Promise<RecordPage> {
    const { discovery, auth } = this.deps;
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'itsm',
    });
    const baseUrl = await discovery.getBaseUrl('itsm');
    const url = `${baseUrl}/${recordPaths[recordType]}?${query}`;
    let response: Response;
    try {
      response = await (this.deps.fetch ?? fetch)(url, {
        headers: { authorization: `Bearer ${token}` },
      });
    } catch (error) {
      throw new Error(
        `Could not reach the itsm backend at ${url} to read ${what}: ${whyUnreachable(
          error,
        )}`,
        { cause: error },
      );
    }
    if (!response.ok) {
      const reason = await response.text().catch(() => '');
      throw new Error(
        `Could not read ${what} from the itsm backend: ${
          response.status
        } ${reason.slice(0, 500)}`,
      );
    }
    const body = (await response.json().catch(() => undefined)) as
      | RecordPage
      | undefined;
    if (!Array.isArray(body?.items)) {
      throw new Error(
        `Could not read ${what} from the itsm backend: ${url} did not answer a page of records`,
      );
    }
    return body;
  }
}
