import { Readable } from 'node:stream';
import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { DocumentCollatorFactory } from '@backstage/plugin-search-common';
import { itsmRecordReadPermission } from '@backstage-itsm/plugin-itsm-common';
import { ItsmRecordKind } from './itsmRecordKinds';
import { ItsmRecordReader } from './ItsmRecordReader';
import { emptyIndexMarker, ItsmIndexableDocument } from './recordDocuments';

/**
 * Collates one kind of ITSM record for Backstage search (incidents,
 * problems, changes, releases or the known-error base; see
 * `itsmRecordKinds`), read from the itsm backend's lists page by page as
 * this plugin's own service. Each document names its record, so search
 * shows it only to those who may read that record (`itsm.record.read`,
 * decided by the itsm backend for its `itsm-record` resources). A failed
 * read fails the run: the index keeps what it had rather than a partial
 * one. A run that finds no record indexes the empty-index marker.
 *
 * @public
 */
export class ItsmRecordCollatorFactory implements DocumentCollatorFactory {
  readonly type: string;
  readonly visibilityPermission = itsmRecordReadPermission;
  private readonly reader: ItsmRecordReader;

  constructor(
    private readonly kind: ItsmRecordKind,
    deps: {
      discovery: DiscoveryService;
      auth: AuthService;
      fetch?: typeof fetch;
      pageSize?: number;
    },
  ) {
    this.type = kind.searchType;
    this.reader = new ItsmRecordReader(deps);
  }

  async getCollator(): Promise<Readable> {
    return Readable.from(this.documents());
  }

  private async *documents(): AsyncGenerator<ItsmIndexableDocument> {
    const { kind } = this;
    let indexed = 0;
    for await (const record of this.reader.records(kind.recordType, kind)) {
      const document = kind.toDocument(record);
      if (document) {
        indexed++;
        yield document;
      }
    }
    if (indexed === 0) yield emptyIndexMarker(kind.searchType, kind.recordType);
  }
}
